#!/bin/sh
# Makes an uploaded release live on the nginx host, as lib/build/releases.ts does locally:
#   sh switch-release.sh <deploy-root> <release-id> [reload command]
# The workflow pipes it over ssh (sh -s), so the host needs no Node and no checkout.
# CI has checked the release's links before the upload (npm run deploy:release -- --check-only).
set -eu
root="$1"
id="$2"
reload="${3:-sudo -n systemctl reload nginx}"
keep=5
release="$root/releases/$id"
real="$(cd "$release" && pwd -P)"

for needed in "$release/site/index.html" "$release/site-nginx/redirects.conf" "$release/site-nginx/csp-hashes.conf"; do
  if [ ! -e "$needed" ]; then
    echo "release $release is incomplete: $needed is missing; current is unchanged" >&2
    exit 1
  fi
done
# The real path, not current/site: running workers keep theirs until the reload moves root and includes together.
printf 'root "%s";\n' "$real/site" > "$release/root.conf"

previous="$(readlink "$root/current" 2>/dev/null || true)"
ln -sfn "releases/$id" "$root/.current-new"
# rename(2) over the old link: there is never a moment without a current.
mv -T "$root/.current-new" "$root/current"
if ! sh -c "$reload"; then
  echo "reload failed: switching current back to ${previous:-nothing}" >&2
  if [ -n "$previous" ]; then
    ln -sfn "$previous" "$root/.current-new" && mv -T "$root/.current-new" "$root/current"
  fi
  exit 1
fi
echo "live: $release"

# Keep the newest few, never the live one (old workers may still be reading the one before).
ls -1 "$root/releases" | sort | head -n "-$keep" | while read -r old; do
  [ "releases/$old" = "releases/$id" ] || rm -rf "${root:?}/releases/$old"
done
