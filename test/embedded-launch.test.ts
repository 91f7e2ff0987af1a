import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_ADD_OPENS, launchCommand } from '../src/embedded/index.js';

const JAR = '/opt/embedded-neo4j/target/embedded-neo4j.jar';
const base = { port: 7700, dataDir: '/tmp/store' };

describe('the launcher command line', () => {
  it('runs the jar with -jar and no plugin flags by default', () => {
    const { args } = launchCommand(JAR, base);
    expect(args.slice(args.indexOf('-jar'), args.indexOf('-jar') + 2)).toEqual(['-jar', JAR]);
    expect(args).not.toContain('-cp');
    expect(args).not.toContain('--plugins-dir');
    expect(args).not.toContain('--unrestricted');
  });

  it('puts a plugins directory on the classpath and passes the manifest opens as flags', () => {
    const { args } = launchCommand(JAR, { ...base, pluginsDir: '/tmp/plugins', unrestrictedProcedures: ['apoc.*', 'gds.util.*'] });
    expect(args).not.toContain('-jar');
    expect(args[args.indexOf('-cp') + 1]).toBe([JAR, path.join('/tmp/plugins', '*')].join(path.delimiter));
    expect(args[args.indexOf('-cp') + 2]).toBe('trailgraph.embedded.Launcher');
    for (const pkg of EMBEDDED_ADD_OPENS) expect(args).toContain(`--add-opens=${pkg}=ALL-UNNAMED`);
    expect(args[args.indexOf('--plugins-dir') + 1]).toBe('/tmp/plugins');
    expect(args[args.indexOf('--unrestricted') + 1]).toBe('apoc.*,gds.util.*');
    // JVM flags come before the class, launcher flags after it.
    expect(args.indexOf('-cp')).toBeLessThan(args.indexOf('--port'));
  });

  it('refuses an unrestricted pattern that could smuggle another argument', () => {
    expect(() => launchCommand(JAR, { ...base, unrestrictedProcedures: ['apoc.*,x --port 1'] })).toThrow(/unrestricted procedures/);
  });
});
