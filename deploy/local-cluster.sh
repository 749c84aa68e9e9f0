#!/usr/bin/env bash
# The production topology on one machine, without Docker: nginx in front of two app instances
# (ports 3000 and 3001), one job worker, PostgreSQL and Redis. For trying a multi-instance setup
# out and for checking a deploy before it goes to several hosts (deploy/README.md).
#
#   cp deploy/portal.env.example deploy/portal.env   # fill in PAYLOAD_SECRET, DATABASE_URI, …
#   deploy/local-cluster.sh                          # Ctrl-C stops everything it started
#
# Needs: node, npm, a running PostgreSQL (DATABASE_URI), Redis (REDIS_URL; started here when absent
# and redis-server is installed) and nginx (`apt-get install nginx-light`). S3 is optional: without
# S3_BUCKET the files stay in data/ (fine on one machine). Listens on FRONT_PORT (default 8080).
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
env_file=${PORTAL_ENV_FILE:-deploy/portal.env}
front_port=${FRONT_PORT:-8080}
nginx_bin=${NGINX:-/usr/sbin/nginx}

if [ ! -f "$env_file" ]; then
  echo "No $env_file: copy deploy/portal.env.example to $env_file and fill it in." >&2
  exit 1
fi
set -a
# shellcheck disable=SC1090
. "$env_file"
set +a
export PUBLIC_URL=${PUBLIC_URL_OVERRIDE:-http://127.0.0.1:$front_port}

[ -n "${PAYLOAD_SECRET:-}" ] || { echo "PAYLOAD_SECRET is empty in $env_file" >&2; exit 1; }
[ -x "$nginx_bin" ] || { echo "nginx not found at $nginx_bin (apt-get install nginx-light)" >&2; exit 1; }

work=$(mktemp -d -t kennisportaal-cluster.XXXXXX)
# nginx's workers (nobody, when this runs as root) must reach the cache and temp directories here.
chmod 711 "$work"
pids=()
cleanup() {
  echo
  echo "[cluster] stopping"
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "[cluster] logs kept in $work"
}
trap cleanup EXIT INT TERM

# Redis: started here (without persistence) when nothing answers on REDIS_URL's port.
redis_port=$(node -e 'console.log(new URL(process.env.REDIS_URL || "redis://127.0.0.1:6379").port || 6379)')
if ! (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null; then
  command -v redis-server >/dev/null || { echo "Redis does not answer and redis-server is not installed" >&2; exit 1; }
  echo "[cluster] starting redis-server on $redis_port"
  setsid redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$work/redis.log" 2>&1 &
  pids+=($!)
  sleep 1
fi

# Build once; every process below runs this one build.
npm run build

start() { # name, command…
  local name=$1
  shift
  setsid "$@" >"$work/$name.log" 2>&1 &
  pids+=($!)
  echo "[cluster] $name started (log: $work/$name.log)"
}
wait_healthy() { # url
  for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "$1/api/health" 2>/dev/null && return 0
    sleep 1
  done
  echo "[cluster] $1 did not become healthy" >&2
  return 1
}

# The first instance migrates the database; the others start once it answers.
start web-3000 env PORT=3000 SKIP_BUILD=1 npm start -- --no-build
wait_healthy http://127.0.0.1:3000
start web-3001 env PORT=3001 SKIP_BUILD=1 npm start -- --no-build
start worker npm run worker
wait_healthy http://127.0.0.1:3001

# nginx with deploy/nginx/portal.conf, moved to an unprivileged port and a temporary prefix.
mkdir -p "$work/nginx-temp"
sed -e "s#^\(\s*\)listen\s\+[^;]*;#\1listen 127.0.0.1:$front_port;#" \
    -e "s#proxy_cache_path\s\+\S\+#proxy_cache_path $work/nginx-cache#" \
    deploy/nginx/portal.conf >"$work/portal.conf"
cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log $work/nginx-access.log;
  client_body_temp_path $work/nginx-temp/body;
  proxy_temp_path $work/nginx-temp/proxy;
  fastcgi_temp_path $work/nginx-temp/fastcgi;
  uwsgi_temp_path $work/nginx-temp/uwsgi;
  scgi_temp_path $work/nginx-temp/scgi;
  include $work/portal.conf;
}
NGINX
start nginx "$nginx_bin" -c "$work/nginx.conf" -p "$work"
wait_healthy "http://127.0.0.1:$front_port"

echo
echo "[cluster] Kennisportaal on http://127.0.0.1:$front_port (admin: /admin)"
echo "[cluster] instances http://127.0.0.1:3000 and :3001, one worker; Ctrl-C stops everything"
wait
