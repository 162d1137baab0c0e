<?php
/**
 * How authors place widgets: the [wellbeing] shortcode, the Wellbeing widgets
 * block, and the [wellbeing-embed] iframe. A floating "Get help now" button is
 * printed first in <body>, where the keyboard reaches it early.
 *
 * @package WellbeingWidgets
 */

namespace WellbeingWidgets;

defined( 'ABSPATH' ) || exit;

const SHORTCODE       = 'wellbeing';
const EMBED_SHORTCODE = 'wellbeing-embed';
const BLOCK_NAME      = 'wellbeing-widgets/widgets';

/** Shortcodes, the block and the <body> hooks. */
function register_placements() {
	add_shortcode( SHORTCODE, __NAMESPACE__ . '\\shortcode' );
	add_shortcode( EMBED_SHORTCODE, __NAMESPACE__ . '\\embed_shortcode' );

	wp_register_script(
		'wellbeing-widgets-block-editor',
		plugins_url( 'block/editor.js', WELLBEING_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		VERSION,
		true
	);
	wp_set_script_translations( 'wellbeing-widgets-block-editor', 'wellbeing-widgets', plugin_dir_path( WELLBEING_WIDGETS_FILE ) . 'languages' );
	wp_add_inline_script(
		'wellbeing-widgets-block-editor',
		'window.wellbeingWidgetsLabels = ' . wp_json_encode( widget_labels() ) . ';',
		'before'
	);
	register_block_type( dirname( WELLBEING_WIDGETS_FILE ) . '/block', array( 'render_callback' => __NAMESPACE__ . '\\render_block' ) );
}

/**
 * `[wellbeing help-now support-finder]`, `[wellbeing widgets="help-now, support-finder"]`,
 * `[wellbeing all]`; `variant="inline"` puts help-now in the page instead of a
 * floating button; `topic="money"` opens the finder on a topic. With no widget
 * named, it places help-now.
 *
 * @param array|string $atts Shortcode attributes; bare words arrive with numeric keys.
 * @return string HTML.
 */
function shortcode( $atts ) {
	$atts  = is_array( $atts ) ? $atts : array();
	$names = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) || 'widgets' === $key ) {
			$names = array_merge( $names, clean_widget_list( $value ) );
		}
	}
	$widgets = $names ? clean_widget_list( $names ) : array( 'help-now' );
	$options = array(
		'variant' => isset( $atts['variant'] ) && 'inline' === $atts['variant'] ? 'inline' : 'floating',
		'topic'   => isset( $atts['topic'] ) ? (string) $atts['topic'] : '',
	);
	$html = widgets_html( $widgets, $options );
	return '' === $html ? '' : '<div class="wellbeing-widgets">' . $html . '</div>';
}

/**
 * The block's front end: the same markup as the shortcode, in the block's wrapper.
 *
 * @param array $attributes `widgets` (names), `helpVariant` (floating or inline), `topic`.
 * @return string HTML.
 */
function render_block( $attributes ) {
	$widgets = clean_widget_list( isset( $attributes['widgets'] ) ? $attributes['widgets'] : array() );
	$html    = widgets_html(
		$widgets,
		array(
			'variant' => isset( $attributes['helpVariant'] ) && 'inline' === $attributes['helpVariant'] ? 'inline' : 'floating',
			'topic'   => isset( $attributes['topic'] ) ? (string) $attributes['topic'] : '',
		)
	);
	return '' === $html ? '' : '<div ' . get_block_wrapper_attributes( array( 'class' => 'wellbeing-widgets' ) ) . '>' . $html . '</div>';
}

/**
 * `[wellbeing-embed widget="support-finder" height="900"]`: an iframe to the plugin's
 * embed page. The frame's address comes from the settings only.
 *
 * @param array|string $atts Shortcode attributes.
 * @return string HTML.
 */
function embed_shortcode( $atts ) {
	$atts   = shortcode_atts(
		array(
			'widget' => 'help-now',
			'height' => 0,
		),
		is_array( $atts ) ? $atts : array(),
		EMBED_SHORTCODE
	);
	$widget = clean_widget_list( array( (string) $atts['widget'] ) );
	if ( ! $widget ) {
		return '';
	}
	return embed_html( $widget[0], absint( $atts['height'] ) );
}

/*
 * A floating help-now, wherever it was asked for, is printed once, first in
 * <body> (wp_body_open): it floats over the page wherever its tag is, but the
 * keyboard reaches it in document order. Asked for by the setting "on every
 * page", or by a shortcode or block in a post this page shows. A block theme
 * prints its content before <body>, so a request found while printing is in time
 * too. A theme without wp_body_open gets it in the footer.
 */

/**
 * The page's state: whether a floating help-now is wanted first in <body>, and whether it is printed.
 *
 * @return array{wanted: bool|null, printed: bool}
 */
function &body_help_state() {
	static $state = array(
		'wanted'  => null,
		'printed' => false,
	);
	return $state;
}

/**
 * Whether a floating help-now goes (or went) first in <body> on this page: the
 * setting says so on every page, or a post the main query shows asks for one.
 *
 * @return bool
 */
function help_goes_in_body() {
	$state = &body_help_state();
	if ( $state['printed'] || $state['wanted'] ) {
		return true;
	}
	if ( is_admin() ) {
		return false;
	}
	if ( ! did_action( 'wp' ) ) {
		return ! empty( get_settings()['help_everywhere'] ); // The main query has not run: decide later.
	}
	if ( null === $state['wanted'] ) {
		$state['wanted'] = ! empty( get_settings()['help_everywhere'] ) || posts_ask_for_floating_help();
	}
	return $state['wanted'];
}

/**
 * A shortcode or block printing a floating help-now asks whether to leave it out
 * because it goes (or went) first in <body>. A block theme prints the page's
 * template before <body>, so a request found then (a template part, a reusable
 * block) is still in time; later, it stays where it was asked for.
 *
 * @return bool True when the caller leaves help-now out.
 */
function request_help_in_body() {
	if ( help_goes_in_body() ) {
		return true;
	}
	if ( ! is_admin() && did_action( 'template_redirect' ) && ! did_action( 'wp_body_open' ) && ! is_feed() && ! is_embed() && wp_is_block_theme() ) {
		$state           = &body_help_state();
		$state['wanted'] = true;
		return true;
	}
	return false;
}

/**
 * Whether a post the main query shows asks for a floating help-now.
 *
 * @return bool
 */
function posts_ask_for_floating_help() {
	foreach ( queried_posts() as $post ) {
		$content = (string) $post->post_content;
		if ( has_block( BLOCK_NAME, $content ) ) {
			foreach ( flatten_blocks( parse_blocks( $content ) ) as $block ) {
				if ( BLOCK_NAME === $block['blockName']
					&& in_array( 'help-now', clean_widget_list( isset( $block['attrs']['widgets'] ) ? $block['attrs']['widgets'] : array( 'help-now' ) ), true )
					&& ( ! isset( $block['attrs']['helpVariant'] ) || 'inline' !== $block['attrs']['helpVariant'] ) ) {
					return true;
				}
			}
		}
		if ( has_shortcode( $content, SHORTCODE ) && preg_match_all( '/' . get_shortcode_regex( array( SHORTCODE ) ) . '/', $content, $found, PREG_SET_ORDER ) ) {
			foreach ( $found as $match ) {
				if ( '[' === $match[1] ) {
					continue; // An escaped [[wellbeing]].
				}
				$atts  = shortcode_parse_atts( $match[3] );
				$atts  = is_array( $atts ) ? $atts : array();
				$names = array();
				foreach ( $atts as $key => $value ) {
					if ( is_int( $key ) || 'widgets' === $key ) {
						$names = array_merge( $names, clean_widget_list( $value ) );
					}
				}
				$inline = isset( $atts['variant'] ) && 'inline' === $atts['variant'];
				if ( ! $inline && ( ! $names || in_array( 'help-now', $names, true ) ) ) {
					return true;
				}
			}
		}
	}
	return false;
}

/**
 * Blocks with their inner blocks, in one list.
 *
 * @param array $blocks From parse_blocks().
 * @return array
 */
function flatten_blocks( $blocks ) {
	$all = array();
	foreach ( $blocks as $block ) {
		$all[] = $block;
		if ( ! empty( $block['innerBlocks'] ) ) {
			$all = array_merge( $all, flatten_blocks( $block['innerBlocks'] ) );
		}
	}
	return $all;
}

/** Prints the floating help-now first in <body>, once. */
function print_body_help() {
	$state = &body_help_state();
	if ( $state['printed'] || is_admin() || ! help_goes_in_body() ) {
		return;
	}
	$state['printed'] = true;
	enqueue_bundle();
	$settings = get_settings();
	echo '<wellbeing-provider' . attributes_html( provider_attributes( $settings ) ) . '>' . widget_html( 'help-now', array(), $settings ) . "</wellbeing-provider>\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every value is escaped in attributes_html() and fallback_html().
}
add_action( 'wp_body_open', __NAMESPACE__ . '\\print_body_help', 5 );
add_action( 'wp_footer', __NAMESPACE__ . '\\print_body_help', 5 );
