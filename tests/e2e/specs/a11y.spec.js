// Accessibility and languages: axe-core (WCAG 2.0 to 2.2, A and AA) on every
// screen of a full walk in both languages and both themes, inside the shadow
// root; a keyboard-only walk; and a Spanish walk that shows no English.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { walk, calm, fullWalk } from './walk.js';

const axePath = new URL('../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];


async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async (values) => {
    const r = await window.axe.run(document.querySelector('back-pain-check'), {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).slice(0, 3),
    }));
  }, tags);
}

for (const locale of ['en-GB', 'es-ES']) {
  for (const colorScheme of ['light', 'dark']) {
    test.describe(`${locale} ${colorScheme}`, () => {
      test.use({ locale, colorScheme });
      test(`axe finds no WCAG 2.2 AA violation on any screen (${locale}, ${colorScheme})`, async ({ page }) => {
        await page.goto('/');
        const found = {};
        const seen = await walk(page, fullWalk, {
          onScreen: async (screen) => {
            const v = await axe(page);
            if (v.length) found[screen] = v;
          },
        });
        expect(seen.length).toBeGreaterThanOrEqual(24);
        expect(found).toEqual({});
      });
    });
  }
}

/** The element that has focus, looking inside shadow roots. */
async function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const field = el?.closest('fieldset[data-question]');
    return {
      tag: el?.tagName.toLowerCase(),
      type: el?.getAttribute('type'),
      value: el?.value ?? null,
      question: field?.dataset.question ?? null,
      primary: !!el?.classList.contains('bpc-primary'),
    };
  });
}

/** Presses Tab until `match` holds for the focused element. */
async function tabTo(page, match, what) {
  for (let i = 0; i < 80; i++) {
    if (match(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Answers the questions on screen with the keyboard only. */
async function answerByKeyboard(page, widget, answers) {
  const ids = await widget.locator('fieldset[data-question]').evaluateAll((els) => els.map((e) => e.dataset.question));
  for (const id of ids) {
    if (!(id in answers)) continue;
    const want = answers[id];
    const field = widget.locator(`fieldset[data-question="${id}"]`);
    if (await field.locator('input.bpc-number').count()) {
      await tabTo(page, (f) => f.question === id && f.type === 'text', id);
      await page.keyboard.type(String(want));
    } else if (Array.isArray(want)) {
      for (const option of want) {
        await tabTo(page, (f) => f.question === id && f.value === option, `${id}=${option}`);
        await page.keyboard.press('Space');
      }
    } else {
      // A radio group is one tab stop; arrows move through it and choose.
      const values = await field.locator('input').evaluateAll((els) => els.map((e) => e.value));
      await tabTo(page, (f) => f.question === id && f.type === 'radio', id);
      const target = values.indexOf(String(want));
      let at = values.indexOf((await focused(page)).value);
      while (at < target) {
        await page.keyboard.press('ArrowDown');
        at++;
      }
      while (at > target) {
        await page.keyboard.press('ArrowUp');
        at--;
      }
      if (!(await field.locator(`input[value="${String(want)}"]`).isChecked())) await page.keyboard.press('Space');
    }
  }
}

test('a keyboard-only walk from the first question to the result', async ({ page }) => {
  await page.goto('/');
  const widget = page.locator('back-pain-check');
  const answers = { ...calm, age: 34, duration: 'under_1_week', pain_now: 6, onset_activity: ['lifting'] };
  await expect(widget.locator('[data-step="about_you"]')).toBeVisible();
  for (let guard = 0; guard < 40; guard++) {
    if (await widget.locator('.bpc-result').count()) break;
    if (await widget.locator('.bpc-review').count()) {
      await tabTo(page, (f) => f.primary, 'See my result');
      await page.keyboard.press('Enter');
      continue;
    }
    const step = await widget.locator('[data-step]').getAttribute('data-step');
    await answerByKeyboard(page, widget, answers);
    await tabTo(page, (f) => f.primary, `Next on ${step}`);
    await page.keyboard.press('Enter');
    await expect(widget.locator(`[data-step="${step}"]`)).toHaveCount(0);
    // Focus has moved to the new screen's heading.
    await expect.poll(async () => (await focused(page)).tag).toBe('h2');
  }
  await expect(widget.locator('.bpc-banner')).toHaveAttribute('data-triage', 'self_care');
});

test('the language follows the browser, can be switched, and a Spanish walk shows no English', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const strings = (code) =>
    JSON.parse(execFileSync('cargo', ['run', '--quiet', '--example', 'strings', '--', code], { encoding: 'utf8' }));
  const spanish = new Set(strings('es'));
  // English strings with no twin in Spanish, split at placeholders, long enough to mean something.
  const english = strings('en')
    .filter((s) => !spanish.has(s))
    .flatMap((s) => s.split(/\{[a-z]+\}/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 8);

  await page.goto('/');
  const widget = page.locator('back-pain-check');
  await expect(widget.locator('.bpc')).toHaveAttribute('lang', 'es');
  const leaks = {};
  await walk(page, fullWalk, {
    widget,
    onScreen: async (screen) => {
      const text = await widget.locator('.bpc').evaluate((e) => e.textContent);
      const found = english.filter((s) => text.includes(s));
      if (found.length) leaks[screen] = found;
    },
  });
  expect(leaks).toEqual({});

  // The switch names each language in itself, and changes everything at once.
  await widget.locator('[data-lang="en"]').click();
  await expect(widget.locator('.bpc')).toHaveAttribute('lang', 'en');
  await expect(widget.locator('.bpc-result h2')).toHaveText('Your result');
  await context.close();
});

test.describe('320 px wide (or 640 px at 200% zoom)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('every screen fits without sideways scrolling, with tap targets of at least 44 px', async ({ page }) => {
    await page.goto('/');
    const wide = {};
    await walk(page, fullWalk, {
      onScreen: async (screen) => {
        const m = await page.evaluate(() => {
          const root = document.querySelector('back-pain-check').shadowRoot;
          const targets = [...root.querySelectorAll('button, label.bpc-option, summary, input.bpc-number')]
            .map((e) => e.getBoundingClientRect())
            .filter((r) => r.width > 0);
          return {
            scroll: document.scrollingElement.scrollWidth,
            smallest: Math.min(...targets.map((r) => Math.min(r.height, r.width))),
          };
        });
        if (m.scroll > 320 || m.smallest < 44) wide[screen] = m;
      },
    });
    expect(wide).toEqual({});
  });
});
