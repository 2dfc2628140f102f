#!/usr/bin/env bash
# macOS: PyInstaller's "Partner Desktop.app" (from pyinstaller.spec) into a compressed .dmg.
# Run on a macOS runner after `python -m PyInstaller pyinstaller.spec`. Signing and
# notarisation need the maintainers' Apple credentials (secrets in the workflow).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(python -c 'import partner_desktop; print(partner_desktop.__version__)')
app="dist/Partner Desktop.app"
test -d "$app"
"$app/Contents/MacOS/partner-desktop" --sandbox --smoke-test --temp-basedir "$(mktemp -d)"
if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
    codesign --deep --force --options runtime --sign "$MACOS_SIGNING_IDENTITY" "$app"
fi
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Partner Desktop" -srcfolder "$staging" -ov -format UDZO \
    "dist/partner-desktop-${version}-macos-$(uname -m).dmg"
