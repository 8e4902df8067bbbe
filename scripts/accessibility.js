const { chromium } = require('playwright-core');
const fs = require('fs');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage();
  await page.goto('file://' + process.argv[2]);
  await page.addScriptTag({ content: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const result = await page.evaluate(async () => await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  for (const v of result.violations) {
    console.log(`${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} nodes; e.g. ${v.nodes[0].html.slice(0, 160)}`);
  }
  console.log(`violations: ${result.violations.length}; passes: ${result.passes.length}; incomplete: ${result.incomplete.map(i => i.id).join(',')}`);
  await browser.close();
  process.exit(result.violations.length ? 1 : 0);
})();
