<?php
/**
 * The markup the shortcode, the block and the embed print: a <wellbeing-provider>
 * carrying the settings, the chosen widgets, and the urgent numbers as plain
 * links inside <wellbeing-help-now> for when the script does not run.
 *
 * @package WellbeingWidgets
 */

namespace WellbeingWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The widgets, in the order they are printed: help-now first, so the keyboard reaches it early.
 *
 * @return array<string, string> Widget name → label for authors.
 */
function widget_labels() {
	return array(
		'help-now'        => __( 'Get help now button', 'wellbeing-widgets' ),
		'campaign-banner' => __( 'Campaign banner', 'wellbeing-widgets' ),
		'support-finder'  => __( 'Support finder', 'wellbeing-widgets' ),
		'break-reminder'  => __( 'Break reminder', 'wellbeing-widgets' ),
	);
}

/** @return string[] The widget names. */
function widget_names() {
	return array( 'help-now', 'campaign-banner', 'support-finder', 'break-reminder' );
}

/**
 * Known widget names from author input (`help-now`, `wellbeing-help-now`, `all`), in print order.
 *
 * @param mixed $names A list of names, or one string of names separated by commas or spaces.
 * @return string[]
 */
function clean_widget_list( $names ) {
	if ( is_string( $names ) ) {
		$names = preg_split( '/[\s,]+/', $names, -1, PREG_SPLIT_NO_EMPTY );
	}
	if ( ! is_array( $names ) ) {
		return array();
	}
	$wanted = array();
	foreach ( $names as $name ) {
		if ( ! is_string( $name ) ) {
			continue;
		}
		$name = strtolower( trim( $name ) );
		if ( 'all' === $name ) {
			return widget_names();
		}
		$wanted[] = preg_replace( '/^wellbeing-/', '', $name );
	}
	return array_values( array_intersect( widget_names(), $wanted ) );
}

/**
 * Attributes as HTML, each value escaped; empty values are left out.
 *
 * @param array<string, string> $attributes Name → value.
 * @return string
 */
function attributes_html( $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		if ( '' === $value || null === $value ) {
			continue;
		}
		$html .= ' ' . $name . '="' . ( '-src' === substr( $name, -4 ) ? esc_url( $value, URL_PROTOCOLS ) : esc_attr( $value ) ) . '"';
	}
	return $html;
}

/**
 * The urgent numbers for the nation, as text with tel: links, in English or Welsh:
 * the wording of docs/help-now.md ("If the script does not load"), the numbers of the
 * bundle's help-now (src/help-now/national-lines.ts). Not passed through __(): the
 * words follow the widgets' language (the setting or the site's), not a translation
 * file, and each version is checked against the project's own copy.
 *
 * @param string $region   One of REGIONS.
 * @param string $language `en` or `cy`.
 * @return string HTML.
 */
function fallback_html( $region, $language ) {
	$welsh = 'cy' === $language;
	$tel   = static function ( $number ) {
		return '<a href="' . esc_url( 'tel:' . str_replace( ' ', '', $number ), array( 'tel' ) ) . '">' . esc_html( $number ) . '</a>';
	};

	$emergency  = $welsh ? 'Mewn argyfwng, ffoniwch ' . $tel( '999' ) . '.' : 'In an emergency call ' . $tel( '999' ) . '.';
	$samaritans = $welsh ? 'Y Samariaid, am ddim unrhyw bryd: ' . $tel( '116 123' ) . '.' : 'Samaritans, free at any time: ' . $tel( '116 123' ) . '.';
	switch ( $region ) {
		case 'wales':
			$urgent = $welsh
				? 'Am help brys gyda iechyd meddwl, ffoniwch ' . $tel( '111' ) . ', yna pwyswch 2.'
				: 'For urgent mental health help call ' . $tel( '111' ) . ', then press 2.';
			break;
		case 'scotland':
			$urgent = $welsh
				? 'Am help brys gyda iechyd meddwl, ffoniwch GIG 24 ar ' . $tel( '111' ) . ". Breathing Space (gyda'r nos ac ar benwythnosau): " . $tel( '0800 83 85 87' ) . '.'
				: 'For urgent mental health help call NHS 24 on ' . $tel( '111' ) . '. Breathing Space (evenings and weekends): ' . $tel( '0800 83 85 87' ) . '.';
			break;
		case 'northern-ireland':
			$urgent = $welsh
				? 'Am help brys gyda iechyd meddwl, ffoniwch Lifeline, am ddim unrhyw bryd, ar ' . $tel( '0808 808 8000' ) . '.'
				: 'In a crisis call Lifeline, free at any time, on ' . $tel( '0808 808 8000' ) . '.';
			break;
		default:
			$urgent = $welsh
				? 'Am help brys gyda iechyd meddwl, ffoniwch ' . $tel( '111' ) . ', yna opsiwn 2.'
				: 'For urgent mental health help call ' . $tel( '111' ) . ' (option 2).';
	}

	return '<p class="wellbeing-fallback" lang="' . ( $welsh ? 'cy' : 'en-GB' ) . '">' . $emergency . ' ' . $urgent . ' ' . $samaritans . '</p>';
}

/**
 * The provider's attributes from the settings.
 *
 * @param array $settings From get_settings().
 * @return array<string, string>
 */
function provider_attributes( $settings ) {
	$attributes = array(
		'trust-name' => $settings['trust_name'],
		'region'     => $settings['region'],
		'locale'     => 'auto' === $settings['language'] ? '' : $settings['language'],
	);
	foreach ( DATA_FILES as $key => $attribute ) {
		$attributes[ $attribute ] = $settings[ $key ];
	}
	return $attributes;
}

/**
 * One widget's tag, with the fallback inside help-now.
 *
 * @param string $name     A widget name.
 * @param array  $options  `variant` (help-now: floating or inline), `topic` (finder).
 * @param array  $settings From get_settings().
 * @return string HTML.
 */
function widget_html( $name, $options, $settings ) {
	$attributes = array();
	$inner      = '';
	if ( 'help-now' === $name ) {
		$attributes['variant'] = ( isset( $options['variant'] ) && 'inline' === $options['variant'] ) ? 'inline' : '';
		$inner                 = fallback_html( $settings['region'], content_language( $settings ) );
	}
	if ( 'support-finder' === $name && ! empty( $options['topic'] ) ) {
		$attributes['topic'] = sanitize_text_field( $options['topic'] );
	}
	return '<wellbeing-' . $name . attributes_html( $attributes ) . '>' . $inner . '</wellbeing-' . $name . '>';
}

/**
 * A provider with the chosen widgets. A floating help-now goes first in <body>
 * instead (see placement.php), where the keyboard reaches it early.
 *
 * @param string[] $widgets From clean_widget_list().
 * @param array    $options `variant`, `topic`; see widget_html().
 * @return string HTML, '' when nothing is left to print here.
 */
function widgets_html( $widgets, $options = array() ) {
	$settings = get_settings();
	$floating = ! isset( $options['variant'] ) || 'inline' !== $options['variant'];
	if ( in_array( 'help-now', $widgets, true ) && $floating && request_help_in_body() ) {
		$widgets = array_values( array_diff( $widgets, array( 'help-now' ) ) );
	}
	if ( ! $widgets ) {
		return '';
	}
	enqueue_bundle();
	$html = '';
	foreach ( $widgets as $name ) {
		$html .= widget_html( $name, $options, $settings );
	}
	return '<wellbeing-provider' . attributes_html( provider_attributes( $settings ) ) . '>' . $html . '</wellbeing-provider>';
}

/**
 * The iframe embed: the plugin's own copy of embed.html, with its query string built
 * from the settings only (never a free-form address).
 *
 * @param string $widget A widget name.
 * @param int    $height The frame's height in pixels (0 for the widget's default).
 * @return string HTML.
 */
function embed_html( $widget, $height = 0 ) {
	$settings = get_settings();
	$defaults = array(
		'help-now'        => array( 560, __( 'Get help now', 'wellbeing-widgets' ), 'help_src' ),
		'support-finder'  => array( 900, __( 'Find staff wellbeing support', 'wellbeing-widgets' ), 'services_src' ),
		'break-reminder'  => array( 320, __( 'Break reminder', 'wellbeing-widgets' ), '' ),
		'campaign-banner' => array( 320, __( 'Wellbeing campaigns', 'wellbeing-widgets' ), 'campaigns_src' ),
	);
	list( $default_height, $title, $src_key ) = $defaults[ $widget ];
	$height = $height > 0 ? min( max( $height, 120 ), 6000 ) : $default_height;

	$query = array(
		'widget' => $widget,
		'lang'   => content_language( $settings ),
		'region' => $settings['region'],
		'trust'  => $settings['trust_name'],
		'src'    => $src_key ? $settings[ $src_key ] : '',
	);
	$query = array_map( 'rawurlencode', array_filter( $query, 'strlen' ) );
	$src   = add_query_arg( $query, plugins_url( 'assets/embed.html', WELLBEING_WIDGETS_FILE ) );

	enqueue_embed();
	return sprintf(
		'<iframe class="wellbeing-embed" src="%1$s" title="%2$s" width="100%%" height="%3$d" style="border: 0" loading="lazy" data-wellbeing-widget="%4$s"></iframe>',
		esc_url( $src, URL_PROTOCOLS ),
		esc_attr( $title ),
		(int) $height,
		esc_attr( $widget )
	);
}
