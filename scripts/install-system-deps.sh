#!/usr/bin/env bash
# Installs the system programs that the tests and the demo use (Debian packages). Used by the README
# and by .ci/run. Installs only what is missing; says clearly what it cannot install and why.
set -euo pipefail

# command → Debian package
declare -A NEED=(
  [ffmpeg]=ffmpeg
  [ffprobe]=ffmpeg
  [sox]=sox
  [soxi]=sox
  [script]=bsdutils
  [espeak-ng]=espeak-ng
  [openssl]=openssl
  [sha256sum]=coreutils
  [/usr/lib/chromium/chromium]=chromium
  [firefox-esr]=firefox-esr
  # renders the printed case report (a PDF) to images for the README
  [pdftoppm]=poppler-utils
  # runs ffmpeg in a sandbox (verifier/node/sandboxed-spawn.ts); the tests check it is used
  [bwrap]=bubblewrap
)

missing=()
for cmd in "${!NEED[@]}"; do
  if [[ "$cmd" == /* ]]; then [[ -x "$cmd" ]] && continue; else command -v "$cmd" >/dev/null 2>&1 && continue; fi
  missing+=("${NEED[$cmd]}")
done
# fonts so that screenshots and printed reports render text
[[ -d /usr/share/fonts/truetype/dejavu ]] || missing+=(fonts-dejavu-core)

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-system-deps: everything is present"
  exit 0
fi
mapfile -t pkgs < <(printf '%s\n' "${missing[@]}" | sort -u)
echo "install-system-deps: installing ${pkgs[*]}"

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: apt-get not found; install these packages with your system's package manager: ${pkgs[*]}" >&2
  exit 1
fi
SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else
    echo "install-system-deps: not root and no sudo; run as root: apt-get install ${pkgs[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq "${pkgs[@]}" >/dev/null
echo "install-system-deps: done"
