#!/usr/bin/env bash
# A throwaway WordPress (Debian's `wordpress` package) with the plugin, for
# test/wordpress/run.mjs. Idempotent; loopback only; no network.
#
#   test/wordpress/setup.sh start [--fresh]   MariaDB (socket only, no TCP), a copy of
#                                            /usr/share/wordpress with its own wp-config.php,
#                                            the site installed with an admin and an author,
#                                            the plugin copied from dist/wordpress and activated,
#                                            and `php -S 127.0.0.1:$WP_TEST_PORT`.
#                                            --fresh drops the database and reinstalls.
#   test/wordpress/setup.sh stop              stops the PHP server and MariaDB it started.
#
# Needs (Debian bookworm): apt-get install -y --no-install-recommends wordpress
#   wordpress-theme-twentytwentythree wordpress-theme-twentytwentyone mariadb-server php-cli php-mysql
# Environment: WP_TEST_DIR (default /tmp/wellbeing-wp), WP_TEST_PORT (default 8191),
#   WP_TEST_PLUGIN (default dist/wordpress/wellbeing-widgets).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DIR="${WP_TEST_DIR:-/tmp/wellbeing-wp}"
PORT="${WP_TEST_PORT:-8191}"
PLUGIN="${WP_TEST_PLUGIN:-$ROOT/dist/wordpress/wellbeing-widgets}"
SOCK="$DIR/mysqld.sock"
WP="$DIR/wordpress"
URL="http://127.0.0.1:$PORT"
DB=wellbeing_wp
DB_USER=wellbeing
DB_PASS=wellbeing-test-only

log() { printf '[wp-setup] %s\n' "$*"; }

db_up() { mariadb-admin --socket="$SOCK" --user=root ping >/dev/null 2>&1; }
port_up() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

start_db() {
  if db_up; then return; fi
  if [ ! -d "$DIR/mysql/mysql" ]; then
    log "initialising MariaDB in $DIR/mysql"
    mkdir -p "$DIR/mysql"
    mariadb-install-db --user=root --datadir="$DIR/mysql" --auth-root-authentication-method=socket \
      --skip-test-db >"$DIR/mysql-install.log" 2>&1
  fi
  log "starting MariaDB (socket $SOCK, no TCP)"
  # setsid: the server outlives this script and ignores the caller's signals.
  setsid mariadbd --no-defaults --user=root --datadir="$DIR/mysql" --socket="$SOCK" \
    --pid-file="$DIR/mysqld.pid" --skip-networking --log-error="$DIR/mysqld.log" \
    --innodb-buffer-pool-size=32M --innodb-log-file-size=16M --innodb-flush-log-at-trx-commit=0 \
    --skip-log-bin --performance-schema=OFF </dev/null >/dev/null 2>&1 &
  for _ in $(seq 1 100); do
    if db_up; then return; fi
    sleep 0.2
  done
  log "MariaDB did not start; see $DIR/mysqld.log"
  tail -20 "$DIR/mysqld.log" >&2 || true
  exit 1
}

stop_all() {
  if [ -f "$DIR/php.pid" ]; then
    pid="$(cat "$DIR/php.pid")"
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping PHP server ($pid)"
      kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -f "$DIR/php.pid"
  fi
  if db_up; then
    log "stopping MariaDB"
    mariadb-admin --socket="$SOCK" --user=root shutdown >/dev/null 2>&1 || true
  fi
  if [ -f "$DIR/mysqld.pid" ]; then
    pid="$(cat "$DIR/mysqld.pid" 2>/dev/null || true)"
    for _ in $(seq 1 100); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
}

write_config() {
  local salts
  salts="$(php -r 'foreach (["AUTH_KEY","SECURE_AUTH_KEY","LOGGED_IN_KEY","NONCE_KEY","AUTH_SALT","SECURE_AUTH_SALT","LOGGED_IN_SALT","NONCE_SALT"] as $k) printf("define( %s, %s );\n", var_export($k, true), var_export(bin2hex(random_bytes(32)), true));')"
  cat >"$WP/wp-config.php" <<PHP
<?php
// Written by test/wordpress/setup.sh for the plugin's tests. Not for production.
define( 'DB_NAME', '$DB' );
define( 'DB_USER', '$DB_USER' );
define( 'DB_PASSWORD', '$DB_PASS' );
define( 'DB_HOST', 'localhost:$SOCK' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$salts
\$table_prefix = 'wp_';
define( 'WP_HOME', '$URL' );
define( 'WP_SITEURL', '$URL' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$DIR/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP
}

start() {
  local fresh="${1:-}"
  for need in /usr/share/wordpress/wp-settings.php /usr/sbin/mariadbd /usr/bin/php; do
    [ -e "$need" ] || { log "missing $need: apt-get install -y --no-install-recommends wordpress wordpress-theme-twentytwentythree wordpress-theme-twentytwentyone mariadb-server php-cli php-mysql"; exit 2; }
  done
  [ -f "$PLUGIN/wellbeing-widgets.php" ] || { log "missing $PLUGIN: run node scripts/build-wordpress.mjs"; exit 2; }
  mkdir -p "$DIR"
  start_db

  if [ "$fresh" = "--fresh" ]; then
    log "fresh database"
    mariadb --socket="$SOCK" --user=root -e "DROP DATABASE IF EXISTS $DB"
    rm -f "$DIR/debug.log"
    rm -rf "$WP/wp-content/uploads"
  fi
  mariadb --socket="$SOCK" --user=root -e "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4;
    CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASS';
    GRANT ALL PRIVILEGES ON $DB.* TO '$DB_USER'@'localhost'; FLUSH PRIVILEGES;"

  # A new Debian release of WordPress: copy it afresh.
  if [ -f "$WP/wp-settings.php" ] && ! cmp -s /usr/share/wordpress/wp-includes/version.php "$WP/wp-includes/version.php"; then
    log "WordPress changed: replacing the copy"
    rm -rf "$WP"
  fi
  if [ ! -f "$WP/wp-settings.php" ]; then
    log "copying /usr/share/wordpress to $WP"
    # -L: Debian links wp-includes/js/underscore, backbone… to /usr/share/javascript, outside the
    # document root, where `php -S` refuses to follow (403).
    cp -rL /usr/share/wordpress "$WP"
    rm -f "$WP/.htaccess" "$WP/wp-config.php"
  fi
  mkdir -p "$WP/wp-content/uploads"
  # Themes installed since the copy was made (twentytwentyone for the classic-theme check).
  for theme in /usr/share/wordpress/wp-content/themes/*/; do
    [ -d "$theme" ] && [ ! -d "$WP/wp-content/themes/$(basename "$theme")" ] && cp -a "$theme" "$WP/wp-content/themes/"
  done
  [ -f "$WP/wp-config.php" ] && grep -q "127.0.0.1:$PORT'" "$WP/wp-config.php" || write_config

  # A copy, not a link: a rebuild of dist/ during a run must not change the plugin under test.
  rm -rf "$WP/wp-content/plugins/wellbeing-widgets"
  cp -a "$PLUGIN" "$WP/wp-content/plugins/wellbeing-widgets"

  php "$HERE/wp.php" "$WP" install "$URL"

  if ! port_up; then
    log "serving $WP on $URL"
    # Four workers: the block editor and the REST API call back into the site.
    PHP_CLI_SERVER_WORKERS=4 setsid php -d opcache.enable_cli=1 -d opcache.enable=1 -d upload_max_filesize=8M \
      -d post_max_size=8M -S "127.0.0.1:$PORT" -t "$WP" "$HERE/router.php" </dev/null >"$DIR/php.log" 2>&1 &
    echo $! >"$DIR/php.pid"
    for _ in $(seq 1 50); do port_up && break; sleep 0.1; done
    port_up || { log "PHP server did not start; see $DIR/php.log"; exit 1; }
  fi
  log "ready: $URL (admin / author, see test/wordpress/wp.php)"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop_all ;;
  *) echo "usage: $0 start [--fresh] | stop" >&2; exit 64 ;;
esac
