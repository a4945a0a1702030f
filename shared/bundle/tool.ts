// The tool's name and version, from package.json (bundled into the CLI and the page), for bundles.
import pkg from '../../package.json' with { type: 'json' };

export const TOOL = { name: pkg.name, version: pkg.version };
