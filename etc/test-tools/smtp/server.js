// Usage: node server.js <port> <folder>. Accepts any mail on 127.0.0.1:<port> without authentication and
// writes each one to <folder>/<n>.eml (the raw message) and <folder>/<n>.json ({ from, to } of the envelope,
// written last, so a reader that sees the .json finds the .eml complete). Prints "listening <port>" once ready.
const fs = require('fs');
const path = require('path');
const { SMTPServer } = require('smtp-server');

const port = Number(process.argv[2]);
const folder = process.argv[3];
fs.mkdirSync(folder, { recursive: true });
let count = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', chunk => chunks.push(chunk));
    stream.on('end', () => {
      const name = path.join(folder, String(++count));
      fs.writeFileSync(name + '.eml', Buffer.concat(chunks));
      const envelope = { from: session.envelope.mailFrom && session.envelope.mailFrom.address, to: session.envelope.rcptTo.map(r => r.address) };
      fs.writeFileSync(name + '.json.tmp', JSON.stringify(envelope));
      fs.renameSync(name + '.json.tmp', name + '.json');
      callback();
    });
  },
});
server.listen(port, '127.0.0.1', () => console.log(`listening ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
// The test process holds stdin open; when it ends (the test host died without disposing us), so does the receiver.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
