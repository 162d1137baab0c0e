<?php
/**
 * Runs when an administrator deletes the plugin: removes its settings from every
 * site. Data files uploaded to the media library are the site's content and stay.
 *
 * @package WellbeingWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $wellbeing_widgets_site ) {
		switch_to_blog( $wellbeing_widgets_site );
		delete_option( 'wellbeing_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'wellbeing_widgets_settings' );
}
