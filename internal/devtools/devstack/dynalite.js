// Loaded into dynalite with `node --require` by devstack. dynalite throws
// from its request's "error" listener, so a client that hangs up while
// sending a request (an SDK call whose context ran out mid-request, as a
// Lambda function's does at its timeout) ends the whole server. DynamoDB
// drops such a request and serves the others: so does dynalite with this
// hook, which keeps that one error ("aborted", ECONNRESET, on the incoming
// request) from reaching dynalite's listener. Every other error still does.
"use strict";
const http = require("http");

const createServer = http.createServer;
http.createServer = function (...args) {
  const i = args.findIndex((a) => typeof a === "function");
  if (i >= 0) {
    const handle = args[i];
    args[i] = function (req, res) {
      const on = req.on;
      req.on = function (event, listener) {
        if (event !== "error") {
          return on.call(this, event, listener);
        }
        return on.call(this, event, (err) => {
          if (err && err.code === "ECONNRESET") {
            return; // the client hung up: nobody is waiting for an answer
          }
          listener(err);
        });
      };
      return handle.call(this, req, res);
    };
  }
  return createServer.apply(this, args);
};
