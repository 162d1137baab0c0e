<?php
/**
 * Router for `php -S` (test/wordpress/setup.sh): files that exist are served as
 * they are, everything else goes to WordPress's index.php, as Apache's rewrite
 * rules would (/favicon.ico, pretty permalinks).
 *
 * @package WellbeingWidgets
 */

$wellbeing_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( '/' !== $wellbeing_path && false === strpos( $wellbeing_path, '..' ) && file_exists( $_SERVER['DOCUMENT_ROOT'] . $wellbeing_path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
