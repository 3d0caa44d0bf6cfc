import { encodeText } from '../app/app-tree.js';
import { readZip } from './read-zip.js';
import { writeZip } from './write-zip.js';

const tree = new Map<string, Uint8Array>();
for (let i = 0; i < 1000; i++) {
  tree.set(
    `events/e${i}/e.json`,
    encodeText(
      JSON.stringify(
        {
          title: `E ${i}`,
          type: 'events.WorkflowType',
          backendBundleEntry: '.',
          model: 'models.M',
          operate: 'Process',
          func: `inner.f${i}`,
          funcType: 'inner',
        },
        null,
        2,
      ),
    ),
  );
  tree.set(
    `events/e${i}/inner.py`,
    encodeText(`def f${i}(eventOutData):\n    row = eventOutData.row\n    row.save()\n`),
  );
  tree.set(`events/e${i}/__init__.py`, new Uint8Array(0));
}
for (let k = 0; k < Number(process.env.N ?? 6); k++) {
  let c = process.cpuUsage();
  let t = performance.now();
  const z = writeZip(tree);
  const w = performance.now() - t;
  const wc = process.cpuUsage(c).user / 1000;
  c = process.cpuUsage();
  t = performance.now();
  readZip(z);
  console.log(
    'write',
    w.toFixed(0),
    'cpu',
    wc.toFixed(0),
    'read',
    (performance.now() - t).toFixed(0),
    'cpu',
    (process.cpuUsage(c).user / 1000).toFixed(0),
  );
}
