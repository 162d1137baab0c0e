<?php
/**
 * The plugin's settings: one option, its defaults and how input is cleaned.
 *
 * @package WellbeingWidgets
 */

namespace WellbeingWidgets;

defined( 'ABSPATH' ) || exit;

/** The nations the built-in urgent numbers cover. */
const REGIONS = array( 'england', 'wales', 'scotland', 'northern-ireland' );

/** `auto` follows the site's language (Settings → General → Site Language). */
const LANGUAGES = array( 'auto', 'en', 'cy' );

/** Settings that hold a data file's URL, and the provider attribute each becomes. */
const DATA_FILES = array(
	'help_src'      => 'help-src',
	'services_src'  => 'services-src',
	'campaigns_src' => 'campaigns-src',
);

/** Only web addresses: no javascript:, data: or other schemes. */
const URL_PROTOCOLS = array( 'https', 'http' );

/**
 * @return array<string, string|bool> Every setting with its default.
 */
function default_settings() {
	return array(
		'trust_name'      => '',
		'region'          => 'england',
		'language'        => 'auto',
		'help_src'        => '',
		'services_src'    => '',
		'campaigns_src'   => '',
		'help_everywhere' => false,
	);
}

/**
 * The saved settings, with defaults for anything missing or malformed.
 *
 * @return array<string, string|bool>
 */
function get_settings() {
	$saved    = get_option( OPTION, array() );
	$settings = array_merge( default_settings(), is_array( $saved ) ? array_intersect_key( $saved, default_settings() ) : array() );
	if ( ! in_array( $settings['region'], REGIONS, true ) ) {
		$settings['region'] = 'england';
	}
	if ( ! in_array( $settings['language'], LANGUAGES, true ) ) {
		$settings['language'] = 'auto';
	}
	return $settings;
}

/**
 * `en` or `cy`: the chosen language, or the site's when set to follow it.
 *
 * @param array $settings From get_settings().
 * @return string
 */
function content_language( $settings ) {
	if ( 'auto' !== $settings['language'] ) {
		return $settings['language'];
	}
	$locale = strtolower( (string) determine_locale() );
	return ( 'cy' === $locale || 0 === strpos( $locale, 'cy_' ) || 0 === strpos( $locale, 'cy-' ) ) ? 'cy' : 'en';
}

/**
 * A data file address: an http(s) URL or a path on this site starting with `/`.
 *
 * @param mixed $value Raw input.
 * @return string|null The clean URL, '' for none, or null when the value is not acceptable.
 */
function clean_data_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	// A bare word would become http://word/… in esc_url_raw(): ask for a full address instead.
	if ( ! preg_match( '#^(https?://[^/\s]|/[^/\s])#i', $value ) ) {
		return null;
	}
	$clean = esc_url_raw( $value, URL_PROTOCOLS );
	return '' === $clean ? null : $clean;
}

/**
 * Sanitize callback for register_setting(): keeps only known keys with valid values.
 * An invalid value keeps the previous one and explains why on the settings page.
 *
 * @param mixed $input The submitted option value (already unslashed by options.php).
 * @return array<string, string|bool>
 */
function sanitize_settings( $input ) {
	$previous = get_settings();
	$input    = is_array( $input ) ? $input : array();
	$clean    = $previous;

	$clean['trust_name'] = isset( $input['trust_name'] ) ? sanitize_text_field( $input['trust_name'] ) : '';
	if ( function_exists( 'mb_substr' ) ) {
		$clean['trust_name'] = mb_substr( $clean['trust_name'], 0, 150 );
	}

	$region = isset( $input['region'] ) ? sanitize_key( $input['region'] ) : '';
	if ( in_array( $region, REGIONS, true ) ) {
		$clean['region'] = $region;
	} else {
		add_settings_error( OPTION, 'region', __( 'Choose a nation from the list.', 'wellbeing-widgets' ) );
	}

	$language = isset( $input['language'] ) ? sanitize_key( $input['language'] ) : '';
	if ( in_array( $language, LANGUAGES, true ) ) {
		$clean['language'] = $language;
	} else {
		add_settings_error( OPTION, 'language', __( 'Choose a language from the list.', 'wellbeing-widgets' ) );
	}

	foreach ( array_keys( DATA_FILES ) as $key ) {
		$url = clean_data_url( isset( $input[ $key ] ) ? $input[ $key ] : '' );
		if ( null === $url ) {
			add_settings_error(
				OPTION,
				$key,
				sprintf(
					/* translators: %s: the address that was typed */
					__( '"%s" was not saved: use a web address starting with https:// or a path on this site starting with /.', 'wellbeing-widgets' ),
					sanitize_text_field( isset( $input[ $key ] ) ? $input[ $key ] : '' )
				)
			);
		} else {
			$clean[ $key ] = $url;
		}
	}

	$clean['help_everywhere'] = ! empty( $input['help_everywhere'] );

	return $clean;
}
