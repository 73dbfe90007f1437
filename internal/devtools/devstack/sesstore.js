// Loaded into aws-ses-v2-local with `node --require` by devstack. It adds
// two things SES does and the stand-in does not:
//
// Keeping mail (Options.SESStore): every accepted message is appended to
// the file named by LEADSIEVE_SES_STORE before the server answers, and the
// file is read back on start, so stopping and restarting the server (an
// SES outage in a load test) loses no mail.
//
// Event publishing (Options.SESEvents): a SendRawEmail naming a
// configuration set that has an event destination for "send" in
// LEADSIEVE_SES_EVENTS ({"sns": URL, "sets": {name: [{"topicArn", "types"}]}})
// makes SES's Send event, with the message's tags (and its Delivery event
// for a destination with "delivery"), and publishes it to that SNS topic
// with the SNS Publish API, after the message is accepted, as SES does. SNS (devstack's stand-in) delivers it to the subscribed
// functions. With a store file too, an event not yet published when the
// server stopped is published when it starts again, as SES's own event
// publishing outlives a process.
//
// Each message also gets atMs, the millisecond it was accepted (the
// server's own "at" has whole seconds), and the configuration set and
// tags it was sent with.
"use strict";
const fs = require("fs");
const http = require("http");
const { AsyncLocalStorage } = require("async_hooks");

const paths = { paths: [process.cwd()] };
const store = require(require.resolve("aws-ses-v2-local/dist/store", paths));
const sendRaw = require(require.resolve("aws-ses-v2-local/dist/v1/sendRawEmail", paths));
const file = process.env.LEADSIEVE_SES_STORE;
const events = process.env.LEADSIEVE_SES_EVENTS ? JSON.parse(process.env.LEADSIEVE_SES_EVENTS) : null;

// The request being handled, for saveEmail, which sees only the message.
const request = new AsyncLocalStorage();
const handleRaw = sendRaw.default;
sendRaw.default = (req, res, next) => request.run(req.body, () => handleRaw(req, res, next));

// members lists the values of a Query API list parameter: Name.member.1, ...
function members(body, name) {
  const out = [];
  for (let i = 1; body[`${name}.member.${i}`] !== undefined || body[`${name}.member.${i}.Name`] !== undefined; i++) {
    out.push(body[`${name}.member.${i}`] ?? { name: body[`${name}.member.${i}.Name`], value: body[`${name}.member.${i}.Value`] });
  }
  return out;
}

if (file && fs.existsSync(file)) {
  const emails = store.getStoreReadonly().emails;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.trim() !== "") {
      emails.push(JSON.parse(line));
    }
  }
}

const save = store.saveEmail;
store.saveEmail = (email) => {
  email.atMs = Date.now();
  const body = request.getStore();
  if (body) {
    email.configurationSet = body.ConfigurationSetName;
    email.tags = members(body, "Tags");
    email.source = body.Source;
    email.destinations = members(body, "Destinations");
  }
  if (file) {
    fs.appendFileSync(file, JSON.stringify(email) + "\n");
  }
  save(email);
  publishSend(email);
};

// SES publishes the event of every message it accepted, even when it
// answered just before it stopped: with a store file, the events not yet
// published when the server stopped are published after it starts again
// (FILE.published lists those that were).
const publishedFile = file && `${file}.published`;
if (publishedFile && events) {
  const done = new Set(fs.existsSync(publishedFile) ? fs.readFileSync(publishedFile, "utf8").split("\n") : []);
  for (const email of store.getStoreReadonly().emails) {
    if (!done.has(email.messageId)) {
      publishSend(email);
    }
  }
}

if (file) {
  const clear = store.clearStore;
  store.clearStore = () => {
    clear();
    fs.writeFileSync(file, "");
  };
}

// publishSend publishes SES's Send event of email, and its Delivery event
// right after (the local server delivers every message it accepts, as
// SES's mailbox simulator does for a deliverable address), to the topics
// of its configuration set's event destinations for "send" and "delivery".
function publishSend(email) {
  const destinations = (events && email.configurationSet && events.sets[email.configurationSet]) || [];
  const wanted = [];
  for (const d of destinations) {
    for (const type of ["send", "delivery"]) {
      if (d.types.includes(type)) {
        wanted.push({ topicArn: d.topicArn, type });
      }
    }
  }
  if (wanted.length === 0) {
    return;
  }
  const source = email.source || email.from;
  const domain = source.replace(/^.*@/, "").replace(/>.*$/, "");
  const tags = {
    "ses:configuration-set": [email.configurationSet],
    "ses:source-ip": ["127.0.0.1"],
    "ses:from-domain": [domain],
    "ses:caller-identity": ["local"],
  };
  for (const t of email.tags || []) {
    tags[t.name] = [t.value];
  }
  let destination = email.destinations || [];
  if (destination.length === 0) {
    destination = [...email.destination.to, ...email.destination.cc, ...email.destination.bcc];
  }
  const mail = {
    timestamp: new Date(email.atMs).toISOString(),
    source,
    sourceArn: `arn:aws:ses:us-east-1:000000000000:identity/${domain}`,
    sendingAccountId: "000000000000",
    messageId: email.messageId,
    destination,
    headersTruncated: false,
    headers: [],
    commonHeaders: { from: [email.from], to: email.destination.to, subject: email.subject },
    tags,
  };
  const bodies = {
    send: { eventType: "Send", mail, send: {} },
    delivery: {
      eventType: "Delivery",
      mail,
      delivery: {
        timestamp: new Date(email.atMs + 1).toISOString(),
        processingTimeMillis: 1,
        recipients: destination,
        smtpResponse: "250 2.0.0 OK (local)",
        reportingMTA: "localhost",
      },
    },
  };
  let pending = wanted.length;
  for (const w of wanted) {
    publish(w.topicArn, JSON.stringify(bodies[w.type]), 0, () => {
      if (--pending === 0 && publishedFile) {
        fs.appendFileSync(publishedFile, email.messageId + "\n");
      }
    });
  }
}

// publish calls SNS Publish, retrying (as SES does) while SNS cannot be
// reached or fails, for about two minutes.
function publish(topicArn, message, attempt, published) {
  const form = new URLSearchParams({ Action: "Publish", Version: "2010-03-31", TopicArn: topicArn, Message: message }).toString();
  const retry = () => {
    if (attempt < 12) {
      setTimeout(() => publish(topicArn, message, attempt + 1, published), Math.min(250 * 2 ** attempt, 10000));
    } else {
      console.error(`SES event publishing: gave up publishing to ${topicArn}`);
    }
  };
  const req = http.request(events.sns, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(form) },
  }, (res) => {
    res.resume();
    if (res.statusCode !== 200) {
      retry();
    } else {
      published();
    }
  });
  req.on("error", retry);
  req.end(form);
}
