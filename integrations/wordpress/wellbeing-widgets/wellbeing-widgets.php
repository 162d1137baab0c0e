<?php
/**
 * Plugin Name:       Wellbeing Widgets
 * Plugin URI:        https://github.com/wellbeing-widgets/wellbeing-widgets
 * Description:       NHS staff wellbeing support on your intranet: a "Get help now" button, a support finder, break reminders and awareness campaigns. Authors place them with the Wellbeing widgets block or the [wellbeing] shortcode.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Wellbeing Widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       wellbeing-widgets
 * Domain Path:       /languages
 *
 * @package WellbeingWidgets
 */

namespace WellbeingWidgets;

defined( 'ABSPATH' ) || exit;

/** The plugin's version; scripts/build-wordpress.mjs writes the package's version here and above. */
const VERSION = '0.2.0';

/** The single option that holds every setting (removed by uninstall.php). */
const OPTION = 'wellbeing_widgets_settings';

define( 'WELLBEING_WIDGETS_FILE', __FILE__ );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/placement.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/uploads.php';
require_once __DIR__ . '/includes/admin.php';

add_action( 'init', __NAMESPACE__ . '\\load_textdomain' );
add_action( 'init', __NAMESPACE__ . '\\register_assets' );
add_action( 'init', __NAMESPACE__ . '\\register_placements' );

/** Admin strings; translations go in languages/wellbeing-widgets-<locale>.mo. */
function load_textdomain() {
	load_plugin_textdomain( 'wellbeing-widgets', false, dirname( plugin_basename( WELLBEING_WIDGETS_FILE ) ) . '/languages' );
}
