<?php
/**
 * Settings → Wellbeing Widgets, for administrators (`manage_options`), through the
 * Settings API (its nonce, capability check and options.php handler).
 *
 * @package WellbeingWidgets
 */

namespace WellbeingWidgets;

defined( 'ABSPATH' ) || exit;

const SETTINGS_PAGE  = 'wellbeing-widgets';
const SETTINGS_GROUP = 'wellbeing_widgets';

/** Registers the option, its sections and fields. */
function register_settings() {
	register_setting(
		SETTINGS_GROUP,
		OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => __NAMESPACE__ . '\\sanitize_settings',
			'default'           => default_settings(),
			'show_in_rest'      => false,
		)
	);

	add_settings_section( 'trust', __( 'Your Trust', 'wellbeing-widgets' ), '__return_false', SETTINGS_PAGE );
	add_settings_field( 'trust_name', __( 'Trust name', 'wellbeing-widgets' ), __NAMESPACE__ . '\\field_text', SETTINGS_PAGE, 'trust', array( 'label_for' => 'wellbeing-trust_name', 'key' => 'trust_name', 'description' => __( 'Shown in the help dialog, for example "Support from Wellford Valley NHS Trust".', 'wellbeing-widgets' ) ) );
	add_settings_field(
		'region',
		__( 'Nation', 'wellbeing-widgets' ),
		__NAMESPACE__ . '\\field_select',
		SETTINGS_PAGE,
		'trust',
		array(
			'label_for'   => 'wellbeing-region',
			'key'         => 'region',
			'choices'     => array(
				'england'          => __( 'England', 'wellbeing-widgets' ),
				'wales'            => __( 'Wales', 'wellbeing-widgets' ),
				'scotland'         => __( 'Scotland', 'wellbeing-widgets' ),
				'northern-ireland' => __( 'Northern Ireland', 'wellbeing-widgets' ),
			),
			'description' => __( 'Chooses the built-in urgent mental health numbers, for example NHS 111 option 2 in England or Lifeline in Northern Ireland.', 'wellbeing-widgets' ),
		)
	);
	add_settings_field(
		'language',
		__( 'Language', 'wellbeing-widgets' ),
		__NAMESPACE__ . '\\field_select',
		SETTINGS_PAGE,
		'trust',
		array(
			'label_for'   => 'wellbeing-language',
			'key'         => 'language',
			'choices'     => array(
				'auto' => __( "The site's language", 'wellbeing-widgets' ),
				'en'   => __( 'English', 'wellbeing-widgets' ),
				'cy'   => __( 'Welsh (Cymraeg)', 'wellbeing-widgets' ),
			),
			'description' => __( "With the site's language, the widgets follow each page's language: Welsh on a Welsh site, English otherwise.", 'wellbeing-widgets' ),
		)
	);
	add_settings_field( 'help_everywhere', __( 'Get help now on every page', 'wellbeing-widgets' ), __NAMESPACE__ . '\\field_checkbox', SETTINGS_PAGE, 'trust', array( 'label_for' => 'wellbeing-help_everywhere', 'key' => 'help_everywhere', 'label' => __( 'Show the floating "Get help now" button on every page of the site, not only on pages that place a widget.', 'wellbeing-widgets' ) ) );

	add_settings_section( 'data', __( 'Data files', 'wellbeing-widgets' ), __NAMESPACE__ . '\\data_section_intro', SETTINGS_PAGE );
	$files = array(
		'help_src'      => array( __( 'Help contacts', 'wellbeing-widgets' ), __( "Your Trust's own contacts, shown in the help dialog under the national numbers (help-contacts.json).", 'wellbeing-widgets' ) ),
		'services_src'  => array( __( 'Services', 'wellbeing-widgets' ), __( 'The services the support finder searches (services.json). Without it, the finder shows the built-in national services.', 'wellbeing-widgets' ) ),
		'campaigns_src' => array( __( 'Campaigns', 'wellbeing-widgets' ), __( 'The awareness campaigns the banner shows (campaigns.json).', 'wellbeing-widgets' ) ),
	);
	foreach ( $files as $key => $labels ) {
		add_settings_field(
			$key,
			$labels[0],
			__NAMESPACE__ . '\\field_text',
			SETTINGS_PAGE,
			'data',
			array(
				'label_for'   => 'wellbeing-' . $key,
				'key'         => $key,
				'type'        => 'url',
				'description' => $labels[1],
			)
		);
	}
}
add_action( 'admin_init', __NAMESPACE__ . '\\register_settings' );

/** Adds Settings → Wellbeing Widgets. */
function add_settings_page() {
	add_options_page( __( 'Wellbeing Widgets', 'wellbeing-widgets' ), __( 'Wellbeing Widgets', 'wellbeing-widgets' ), 'manage_options', SETTINGS_PAGE, __NAMESPACE__ . '\\render_settings_page' );
}
add_action( 'admin_menu', __NAMESPACE__ . '\\add_settings_page' );

/**
 * A Settings link beside Deactivate on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function action_links( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=' . SETTINGS_PAGE ) ) . '">' . esc_html__( 'Settings', 'wellbeing-widgets' ) . '</a>' );
	}
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( WELLBEING_WIDGETS_FILE ), __NAMESPACE__ . '\\action_links' );

/** How to upload and link the data files. */
function data_section_intro() {
	echo '<p>' . esc_html__( 'Each file is optional. Upload a file under Media → Add New (administrators can upload .json files), then paste its File URL here. A file on another site must allow this site to read it (CORS).', 'wellbeing-widgets' ) . '</p>';
	echo '<p>' . esc_html__( 'Start from the sample files in the release zip and check them with: npx wellbeing-widgets validate *.json', 'wellbeing-widgets' ) . '</p>';
}

/**
 * A text or URL input.
 *
 * @param array $args `key`, `label_for`, `type`, `description`.
 */
function field_text( $args ) {
	$settings = get_settings();
	$type     = isset( $args['type'] ) ? $args['type'] : 'text';
	printf(
		'<input type="%1$s" id="%2$s" name="%3$s[%4$s]" value="%5$s" class="regular-text"%6$s aria-describedby="%2$s-description" />',
		esc_attr( $type ),
		esc_attr( $args['label_for'] ),
		esc_attr( OPTION ),
		esc_attr( $args['key'] ),
		'url' === $type ? esc_attr( esc_url( $settings[ $args['key'] ], URL_PROTOCOLS ) ) : esc_attr( $settings[ $args['key'] ] ),
		'url' === $type ? ' placeholder="https://"' : ''
	);
	description( $args );
}

/**
 * A select.
 *
 * @param array $args `key`, `label_for`, `choices`, `description`.
 */
function field_select( $args ) {
	$settings = get_settings();
	printf( '<select id="%1$s" name="%2$s[%3$s]" aria-describedby="%1$s-description">', esc_attr( $args['label_for'] ), esc_attr( OPTION ), esc_attr( $args['key'] ) );
	foreach ( $args['choices'] as $value => $label ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $settings[ $args['key'] ], $value, false ), esc_html( $label ) );
	}
	echo '</select>';
	description( $args );
}

/**
 * A checkbox.
 *
 * @param array $args `key`, `label_for`, `label`.
 */
function field_checkbox( $args ) {
	$settings = get_settings();
	printf(
		'<input type="checkbox" id="%1$s" name="%2$s[%3$s]" value="1"%4$s /> <label for="%1$s">%5$s</label>',
		esc_attr( $args['label_for'] ),
		esc_attr( OPTION ),
		esc_attr( $args['key'] ),
		checked( ! empty( $settings[ $args['key'] ] ), true, false ),
		esc_html( $args['label'] )
	);
}

/**
 * A field's description.
 *
 * @param array $args `label_for`, `description`.
 */
function description( $args ) {
	if ( ! empty( $args['description'] ) ) {
		printf( '<p class="description" id="%1$s-description">%2$s</p>', esc_attr( $args['label_for'] ), esc_html( $args['description'] ) );
	}
}

/** The settings page. */
function render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( SETTINGS_GROUP );
			do_settings_sections( SETTINGS_PAGE );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Placing widgets', 'wellbeing-widgets' ); ?></h2>
		<p><?php esc_html_e( 'Authors add the "Wellbeing widgets" block and tick the widgets they want, or type a shortcode:', 'wellbeing-widgets' ); ?></p>
		<ul>
			<li><code>[wellbeing help-now support-finder]</code></li>
			<li><code>[wellbeing all]</code></li>
			<li><code>[wellbeing help-now variant="inline"]</code></li>
			<li><code>[wellbeing-embed widget="support-finder"]</code> <?php esc_html_e( '(an iframe, for pages that must not load scripts)', 'wellbeing-widgets' ); ?></li>
		</ul>
		<p><?php esc_html_e( 'The widgets use the settings above. The script loads only on pages that show a widget.', 'wellbeing-widgets' ); ?></p>
	</div>
	<?php
}
