#!/usr/bin/env bash
# CI: installs headless LibreOffice Writer and the Liberation fonts (Debian packages) for the test
# that converts the Word edition to PDF the way a reader without Word sees it and compares its
# pages with the PDF edition's (WordEditionFunctionalTests). Never fails the build: without
# LibreOffice that test is skipped, and that is said here.
set -u
if [ -x /usr/bin/soffice ] && fc-list 2>/dev/null | grep -q 'Liberation Sans'; then
  echo "LibreOffice finns: $(/usr/bin/soffice --version 2>/dev/null | head -n 1 || echo okänd version)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo -n"
fi
if command -v apt-get >/dev/null 2>&1 \
    && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 \
    && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        libreoffice-writer-nogui fonts-liberation2 >/dev/null 2>&1 \
    && [ -x /usr/bin/soffice ]; then
  echo "LibreOffice installerades: $(/usr/bin/soffice --version 2>/dev/null | head -n 1 || echo okänd version)"
else
  echo "VARNING: LibreOffice kunde inte installeras; sidjämförelsen i WordEditionFunctionalTests hoppas över." >&2
fi
exit 0
