// Runs s3rver for the blob tests and exits as soon as the test process that started it is gone (a test runner that
// kills its test host never runs the host's exit handlers, so the emulator must watch its parent itself). The parent
// holds this process's stdin open; its end (the parent died) ends the emulator at once, the pid poll is the backstop.
// Usage: node serve.js <port> <data folder> <parent pid>
'use strict';
const S3rver = require('s3rver');

const [port, directory, parentPid] = process.argv.slice(2);
const server = new S3rver({ port: Number(port), address: '127.0.0.1', directory, silent: true });

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

server.run().then(() => {
  setInterval(() => {
    try {
      process.kill(Number(parentPid), 0);
    } catch {
      process.exit(0);
    }
  }, 500);
});
