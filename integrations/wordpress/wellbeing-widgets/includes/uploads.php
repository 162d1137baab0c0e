<?php
/**
 * Lets administrators upload the widgets' .json data files to the media library.
 *
 * The capability is `manage_options`: the same one the settings page needs, so
 * the people who can upload a data file are exactly the people who can point the
 * widgets at it. It is held by administrators (and, on multisite, each site's
 * administrators; the network's "Upload file types" setting must also list json).
 * `upload_files` would let authors replace what every page shows as urgent help;
 * `unfiltered_upload` is not granted to anyone unless ALLOW_UNFILTERED_UPLOADS is set.
 *
 * @package WellbeingWidgets
 */

namespace WellbeingWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * @param array<string, string>    $mimes Extension pattern → MIME type.
 * @param int|\WP_User|null|string $user  The user uploading (WordPress 5.x and later pass it).
 * @return array<string, string>
 */
function upload_mimes( $mimes, $user = null ) {
	$can = $user ? user_can( $user, 'manage_options' ) : current_user_can( 'manage_options' );
	if ( $can && is_array( $mimes ) ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}
add_filter( 'upload_mimes', __NAMESPACE__ . '\\upload_mimes', 10, 2 );
