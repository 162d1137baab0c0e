/**
 * The Wellbeing widgets block in the editor: a checkbox list of widgets. Plain
 * JavaScript on WordPress's globals (wp.blocks, wp.element, wp.blockEditor,
 * wp.components, wp.i18n): no build step. The block is dynamic: the server prints
 * it (includes/placement.php), so save() stores only the attributes.
 */
( function ( wp ) {
	'use strict';
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var blockEditor = wp.blockEditor;
	var components = wp.components;
	var labels = window.wellbeingWidgetsLabels || {
		'help-now': 'Get help now button',
		'campaign-banner': 'Campaign banner',
		'support-finder': 'Support finder',
		'break-reminder': 'Break reminder',
	};
	var names = Object.keys( labels );

	function Edit( props ) {
		var attributes = props.attributes;
		var chosen = Array.isArray( attributes.widgets ) ? attributes.widgets : [];
		var blockProps = blockEditor.useBlockProps();

		function toggle( name, on ) {
			props.setAttributes( {
				widgets: names.filter( function ( n ) {
					return n === name ? on : chosen.indexOf( n ) !== -1;
				} ),
			} );
		}

		var checkboxes = names.map( function ( name ) {
			return el( components.CheckboxControl, {
				key: name,
				label: labels[ name ],
				checked: chosen.indexOf( name ) !== -1,
				onChange: function ( on ) {
					toggle( name, on );
				},
			} );
		} );

		var help = chosen.indexOf( 'help-now' ) !== -1;
		var settings = el(
			blockEditor.InspectorControls,
			null,
			el(
				components.PanelBody,
				{ title: __( 'Widget options', 'wellbeing-widgets' ) },
				el( components.SelectControl, {
					label: __( 'Get help now button', 'wellbeing-widgets' ),
					value: attributes.helpVariant,
					disabled: ! help,
					options: [
						{ value: 'floating', label: __( 'Floating in a corner of the page', 'wellbeing-widgets' ) },
						{ value: 'inline', label: __( 'In the page, where the block is', 'wellbeing-widgets' ) },
					],
					onChange: function ( value ) {
						props.setAttributes( { helpVariant: value } );
					},
				} ),
				el( components.TextControl, {
					label: __( 'Support finder topic (optional)', 'wellbeing-widgets' ),
					help: __( 'Opens the finder on one topic, for example money.', 'wellbeing-widgets' ),
					value: attributes.topic,
					onChange: function ( value ) {
						props.setAttributes( { topic: value } );
					},
				} )
			)
		);

		return el(
			'div',
			blockProps,
			settings,
			el(
				components.Placeholder,
				{
					icon: 'heart',
					label: __( 'Wellbeing widgets', 'wellbeing-widgets' ),
					instructions: __( 'Choose the widgets to show. They use the Trust name, nation and data files from Settings → Wellbeing Widgets.', 'wellbeing-widgets' ),
				},
				el(
					'fieldset',
					{ className: 'wellbeing-widgets-choices' },
					el( 'legend', { className: 'screen-reader-text' }, __( 'Widgets', 'wellbeing-widgets' ) ),
					checkboxes
				),
				chosen.length
					? null
					: el( 'p', null, __( 'Choose at least one widget: with none, the block shows nothing.', 'wellbeing-widgets' ) )
			)
		);
	}

	wp.blocks.registerBlockType( 'wellbeing-widgets/widgets', {
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp );
