// node:http answering constant bytes to any request (after reading its body): the fastest a
// Node server can go, to show what wrk can send with a given script.
// usage: node raw-http.mjs <port> <body file>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port, file] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(body.length) };
createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, headers);
    res.end(body);
  });
}).listen(Number(port), '127.0.0.1');
