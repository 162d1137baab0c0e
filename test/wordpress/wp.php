<?php
/**
 * A small command line for the test WordPress (Debian has no wp-cli):
 *
 *   php wp.php <wordpress dir> install <url>   install the site if needed, then configure it
 *   php wp.php <wordpress dir> option <name>   an option's value as JSON (null when absent)
 *   php wp.php <wordpress dir> post <id>       a post's stored post_content and status as JSON
 *   php wp.php <wordpress dir> set-option <name> <json>
 *   php wp.php <wordpress dir> active          the active plugins as JSON
 *   php wp.php <wordpress dir> theme <slug>    switch theme
 *   php wp.php <wordpress dir> fallbacks       the plugin's no-script text for each nation and language, as JSON
 *
 * Users made by install: admin / ADMIN_PASSWORD (administrator), author / AUTHOR_PASSWORD (author).
 *
 * @package WellbeingWidgets
 */

const ADMIN_PASSWORD  = 'admin-Test-only-1';
const AUTHOR_PASSWORD = 'author-Test-only-1';

if ( PHP_SAPI !== 'cli' || $argc < 3 ) {
	fwrite( STDERR, "usage: php wp.php <wordpress dir> <command> [args]\n" );
	exit( 64 );
}
$wordpress = rtrim( $argv[1], '/' );
$command   = $argv[2];
$url       = parse_url( isset( $argv[3] ) && 'install' === $command ? $argv[3] : 'http://127.0.0.1/' );

$_SERVER['HTTP_HOST']   = $url['host'] . ( isset( $url['port'] ) ? ':' . $url['port'] : '' );
$_SERVER['SERVER_NAME'] = $url['host'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PORT'] = isset( $url['port'] ) ? $url['port'] : 80;

if ( 'install' === $command ) {
	// First pass, in WordPress's installing mode: create the tables and the admin once.
	define( 'WP_INSTALLING', true );
	// No e-mail about the new site (wp_install() sends one through this pluggable function).
	function wp_new_blog_notification() {}
	require $wordpress . '/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	if ( ! is_blog_installed() ) {
		$result = wp_install( 'Wellford Valley NHS Trust intranet', 'admin', 'admin@example.nhs.uk', false, '', ADMIN_PASSWORD, 'en_GB' );
		fwrite( STDOUT, "[wp-setup] installed WordPress {$GLOBALS['wp_version']}\n" );
	}
	// Second pass, as a normal request, configures the site.
	passthru( escapeshellarg( PHP_BINARY ) . ' ' . escapeshellarg( __FILE__ ) . ' ' . escapeshellarg( $wordpress ) . ' configure', $status );
	exit( $status );
}

require $wordpress . '/wp-load.php';

switch ( $command ) {
	case 'configure':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		require_once ABSPATH . 'wp-admin/includes/user.php';
		if ( ! username_exists( 'author' ) ) {
			$id = wp_insert_user(
				array(
					'user_login'   => 'author',
					'user_pass'    => AUTHOR_PASSWORD,
					'user_email'   => 'author@example.nhs.uk',
					'display_name' => 'Ann Author',
					'role'         => 'author',
				)
			);
			if ( is_wp_error( $id ) ) {
				fwrite( STDERR, $id->get_error_message() . "\n" );
				exit( 1 );
			}
		}
		// The editor's welcome guide would cover the page in the tests.
		foreach ( array( 'admin', 'author' ) as $login ) {
			$user = get_user_by( 'login', $login );
			update_user_meta( $user->ID, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
		}
		if ( 'twentytwentythree' !== get_stylesheet() && wp_get_theme( 'twentytwentythree' )->exists() ) {
			switch_theme( 'twentytwentythree' );
		}
		update_option( 'timezone_string', 'Europe/London' );
		update_option( 'show_avatars', 0 ); // Gravatar is on the internet, out of reach here.
		update_option( 'permalink_structure', '' );
		$plugin = 'wellbeing-widgets/wellbeing-widgets.php';
		if ( ! is_plugin_active( $plugin ) ) {
			$result = activate_plugin( $plugin );
			if ( is_wp_error( $result ) ) {
				fwrite( STDERR, 'activate: ' . $result->get_error_message() . "\n" );
				exit( 1 );
			}
		}
		break;
	case 'option':
		echo wp_json_encode( get_option( $argv[3], null ) ), "\n";
		break;
	case 'set-option':
		// As stored, past sanitize_option() (WPLANG, for one, must name an installed language pack).
		global $wpdb;
		$value = maybe_serialize( json_decode( $argv[4], true ) );
		if ( null === $wpdb->get_var( $wpdb->prepare( "SELECT option_id FROM $wpdb->options WHERE option_name = %s", $argv[3] ) ) ) {
			$wpdb->insert( $wpdb->options, array( 'option_name' => $argv[3], 'option_value' => $value, 'autoload' => 'yes' ) );
		} else {
			$wpdb->update( $wpdb->options, array( 'option_value' => $value ), array( 'option_name' => $argv[3] ) );
		}
		break;
	case 'post':
		$post = get_post( (int) $argv[3] );
		echo wp_json_encode( $post ? array( 'post_content' => $post->post_content, 'post_status' => $post->post_status, 'post_author' => (int) $post->post_author ) : null ), "\n";
		break;
	case 'theme':
		switch_theme( $argv[3] );
		break;
	case 'fallbacks':
		$all = array();
		foreach ( array( 'england', 'wales', 'scotland', 'northern-ireland' ) as $region ) {
			foreach ( array( 'en', 'cy' ) as $language ) {
				$all[ "$region/$language" ] = \WellbeingWidgets\fallback_html( $region, $language );
			}
		}
		echo wp_json_encode( $all ), "\n";
		break;
	case 'active':
		echo wp_json_encode( get_option( 'active_plugins' ) ), "\n";
		break;
	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 64 );
}
