// Loaded into aws-ses-v2-local with `node --require` when devstack's
// Options.SESStore is set: every accepted message is appended to the file
// named by LEADSIEVE_SES_STORE before the server answers, and the file is
// read back on start, so stopping and restarting the server (an SES outage
// in a load test) loses no mail. Each message also gets atMs, the
// millisecond it was accepted; the server's own "at" has whole seconds.
"use strict";
const fs = require("fs");
const file = process.env.LEADSIEVE_SES_STORE;
const store = require(require.resolve("aws-ses-v2-local/dist/store", { paths: [process.cwd()] }));

if (file) {
  const emails = store.getStoreReadonly().emails;
  if (fs.existsSync(file)) {
    for (const line of fs.readFileSync(file, "utf8").split("\n")) {
      if (line.trim() !== "") {
        emails.push(JSON.parse(line));
      }
    }
  }
  const save = store.saveEmail;
  store.saveEmail = (email) => {
    email.atMs = Date.now();
    fs.appendFileSync(file, JSON.stringify(email) + "\n");
    save(email);
  };
  const clear = store.clearStore;
  store.clearStore = () => {
    clear();
    fs.writeFileSync(file, "");
  };
}
