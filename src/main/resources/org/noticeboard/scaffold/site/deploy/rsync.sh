#!/usr/bin/env bash
# Builds the site and copies it to the web server (written by noticeboard init).
# Run from this folder, e.g. nightly from cron: what is shown depends on the date.
#   DEPLOY_TARGET=www@web.example.gov.cn:/var/www/site/ ./deploy.sh
# Needs noticeboard (or NOTICEBOARD="java -jar /path/noticeboard.jar"), git and rsync.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
: "${DEPLOY_TARGET:?set DEPLOY_TARGET to user@host:/path/ of the web server}"
noticeboard=${NOTICEBOARD:-noticeboard}
# the whole history: each page's first publication and changes (a shallow clone has neither)
if [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = true ]; then
  git fetch --unshallow --quiet
fi
$noticeboard build
rsync -a --delete site/ "$DEPLOY_TARGET"
