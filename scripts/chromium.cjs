// Where the browser tests find Chromium: CHROMIUM_PATH, or Debian's package. Never a browser
// download (the network reaches package registries only).
const { existsSync } = require('node:fs');

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
  return candidates.find((candidate) => existsSync(candidate));
}

module.exports = { chromiumPath };
