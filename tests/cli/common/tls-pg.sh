#!/bin/bash
# A throw-away PostgreSQL 15 with TLS on a random TCP port of 127.0.0.1, for the client
# certificate test (tests/cli/login.rs): a test CA, the server's certificate for localhost, a
# client certificate for the login `certuser` (PEM: certificate and PKCS#8 key in one file; and
# PKCS#12 without a password), pg_hba.conf asking `certuser` for its certificate (`cert`), a
# database `reg` holding a register (moty admin init over the Unix socket) in which `certuser` is
# a coordinator. Prints the port. Stop it with `pg_ctl -D DIR/data stop` (the test does).
#   tls-pg.sh DIR MOTY
set -eu
dir=$1
moty=$2
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cd "$dir"
quiet() { "$@" >/dev/null 2>&1; }
quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj "/CN=Test area CA"
quiet openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=localhost"
printf 'subjectAltName=DNS:localhost\n' >server.ext
quiet openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem \
    -days 2 -extfile server.ext
quiet openssl req -newkey rsa:2048 -nodes -keyout client.key -out client.csr -subj "/CN=certuser"
quiet openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out client.crt -days 2
quiet openssl pkcs8 -topk8 -nocrypt -in client.key -out client.p8
cat client.crt client.p8 >client.pem
quiet openssl pkcs12 -export -in client.crt -inkey client.key -out client.p12 -passout pass:
chmod 600 server.key
if [ "$(id -u)" = 0 ]; then chown postgres: "$dir" server.key server.pem ca.pem; fi
as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust >"$dir/initdb.log" 2>&1
printf 'hostssl all certuser 127.0.0.1/32 cert\nlocal all all trust\n' >"$dir/data/pg_hba.conf"
for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 30000))
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 -o "-c listen_addresses=127.0.0.1 \
        -c port=$port -c unix_socket_directories=$dir -c fsync=off -c ssl=on \
        -c ssl_cert_file=$dir/server.pem -c ssl_key_file=$dir/server.key -c ssl_ca_file=$dir/ca.pem" \
        start >/dev/null 2>&1; then
        break
    fi
    port=""
done
[ -n "$port" ] || { cat "$dir/server.log" >&2; exit 1; }
socket="postgresql://postgres@/postgres?host=$dir&port=$port"
psql -X -q -v ON_ERROR_STOP=1 "$socket" -c "CREATE DATABASE reg" >/dev/null
env -i LANG=C MOTY_CONFIG="$dir/none.toml" MOTY_DB="postgresql://postgres@/reg?host=$dir&port=$port" \
    "$moty" admin init >/dev/null
psql -X -q -v ON_ERROR_STOP=1 "postgresql://postgres@/reg?host=$dir&port=$port" \
    -c "CREATE ROLE certuser LOGIN; GRANT moty_coordinator TO certuser" >/dev/null
echo "$port"
