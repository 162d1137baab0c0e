<?php
/**
 * The bundle: an ES module with the classic build as a `nomodule` fallback,
 * loaded only on pages that use a widget.
 *
 * @package WellbeingWidgets
 */

namespace WellbeingWidgets;

defined( 'ABSPATH' ) || exit;

const MODULE_HANDLE  = 'wellbeing-widgets';
const CLASSIC_HANDLE = 'wellbeing-widgets-classic';
const EMBED_HANDLE   = 'wellbeing-widgets-embed-height';

/**
 * Registers both builds in the footer, so a widget found while the page is being
 * printed (a block theme prints its content before <head>, a classic theme after)
 * can still ask for them.
 */
function register_assets() {
	$base = plugins_url( 'assets/', WELLBEING_WIDGETS_FILE );
	wp_register_script( MODULE_HANDLE, $base . 'wellbeing-widgets.js', array(), VERSION, true );
	wp_register_script( CLASSIC_HANDLE, $base . 'wellbeing-widgets.iife.js', array(), VERSION, true );
	wp_register_script( EMBED_HANDLE, plugins_url( 'js/embed-height.js', WELLBEING_WIDGETS_FILE ), array(), VERSION, true );
	add_filter( 'script_loader_tag', __NAMESPACE__ . '\\script_tag', 10, 2 );
}

/** Asks for the bundle on this page. */
function enqueue_bundle() {
	wp_enqueue_script( MODULE_HANDLE );
	wp_enqueue_script( CLASSIC_HANDLE );
}

/**
 * Embeds need no bundle on the host page (embed.html loads its own), only the
 * small listener that sizes each frame to the height its page reports.
 */
function enqueue_embed() {
	wp_enqueue_script( EMBED_HANDLE );
}

/**
 * `type="module"` on the module, `nomodule defer` on the classic build.
 *
 * @param string $tag    The <script> tag WordPress prints.
 * @param string $handle The script's handle.
 * @return string
 */
function script_tag( $tag, $handle ) {
	$add = array(
		MODULE_HANDLE  => ' type="module"',
		CLASSIC_HANDLE => ' nomodule defer',
		EMBED_HANDLE   => ' defer',
	);
	if ( ! isset( $add[ $handle ] ) ) {
		return $tag;
	}
	// Themes without html5 script support get type='text/javascript': drop it first.
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	$add = $add[ $handle ];
	return preg_replace( '/<script(?=[^>]*\ssrc=)/', '<script' . $add, $tag, 1 );
}

/**
 * Whether content places a widget: the shortcode, the block, or the tags.
 *
 * @param string $content Post content.
 * @return bool
 */
function content_uses_widgets( $content ) {
	$content = (string) $content;
	return false !== stripos( $content, '<wellbeing-' )
		|| has_block( BLOCK_NAME, $content )
		|| has_shortcode( $content, SHORTCODE );
}

/**
 * Front-end pages: loads the bundle when a post being shown uses a widget.
 * Content found later (a reusable block, a widget area, a template) asks for it
 * while it is printed; see late_enqueue().
 */
function enqueue_for_page() {
	$uses = false;
	foreach ( queried_posts() as $post ) {
		if ( content_uses_widgets( $post->post_content ) ) {
			$uses = true;
			break;
		}
	}
	/**
	 * Filters whether this page loads the widgets' script.
	 *
	 * @param bool $uses Whether the plugin found a widget on the page.
	 */
	if ( apply_filters( 'wellbeing_widgets_enqueue', $uses || help_goes_in_body() ) ) {
		enqueue_bundle();
	}
}
add_action( 'wp_enqueue_scripts', __NAMESPACE__ . '\\enqueue_for_page' );

/**
 * The posts the main query shows.
 *
 * @return \WP_Post[]
 */
function queried_posts() {
	global $wp_query;
	if ( is_admin() || ! $wp_query instanceof \WP_Query || empty( $wp_query->posts ) ) {
		return array();
	}
	return array_filter(
		$wp_query->posts,
		static function ( $post ) {
			return $post instanceof \WP_Post;
		}
	);
}

/**
 * Tags pasted into content the main query does not hold (a reusable block, a
 * block or text widget): the scripts are in the footer, so asking now is in time.
 *
 * @param string $html Printed HTML.
 * @return string The same HTML.
 */
function late_enqueue( $html ) {
	if ( ! is_admin() && is_string( $html ) && false !== stripos( $html, '<wellbeing-' ) ) {
		enqueue_bundle();
	}
	return $html;
}
add_filter( 'render_block', __NAMESPACE__ . '\\late_enqueue' );
add_filter( 'the_content', __NAMESPACE__ . '\\late_enqueue', 99 );
add_filter( 'widget_text', __NAMESPACE__ . '\\late_enqueue', 99 );
