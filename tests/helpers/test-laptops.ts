import { afterEach } from 'vitest';
import { openTestApp, type TestApp } from './test-db';

/**
 * Laptops for a test of team exchange: each a test app on the same clock, signed in as the user
 * it is named after, and closed after each test. Call once at the top of a test file.
 */
export function testLaptops(clock = '2026-11-23T08:00:00Z'): (name: string) => TestApp {
  const apps: TestApp[] = [];
  afterEach(() => {
    for (const a of apps.splice(0)) a.close();
  });
  return (name) => {
    const app = openTestApp(new Date(clock));
    app.ctx.actor = name;
    apps.push(app);
    return app;
  };
}
