import { launchBrowser } from './chromium-launch.js';
import { startPreviewServer } from './preview-server.js';
import { measureOpenEvent } from './open-large-model.js';
const preview = await startPreviewServer('/work/main');
const browser = await launchBrowser();
try { for (let i = 0; i < 2; i++) { console.log('large', JSON.stringify(await measureOpenEvent(browser, `${preview.url}/`, 7))); console.log('sample', JSON.stringify(await measureOpenEvent(browser, `${preview.url}/`, 7, 0))); } }
finally { await browser.close(); await preview.close(); }
