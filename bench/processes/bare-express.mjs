// Bare Express 5 in its own process: answers one route with res.json(the same parsed object) and
// the same status the simulator answered. Plain JavaScript so the measured process runs as
// `node file.js`, like the simulator's dist/main.cjs, with no TypeScript loader in it.
// usage: node bare-express.mjs <port> <response.json>   ({"method","path","status","body"})
import express from 'express';
import { readFileSync } from 'node:fs';

const [port, file] = process.argv.slice(2);
const { method, path, status, body } = JSON.parse(readFileSync(file, 'utf8'));
const app = express();
// an Express app that takes a POST reads its JSON body; so does the baseline
if (method !== 'get') app.use(express.json());
app[method](path, (_req, res) => {
  res.status(status).json(body);
});
app.listen(Number(port), '127.0.0.1');
