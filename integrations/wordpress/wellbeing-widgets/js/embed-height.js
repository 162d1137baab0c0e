/**
 * Sizes each [wellbeing-embed] frame to its content: embed.html posts
 * { type: 'wellbeing-widgets:height', height } to its parent (see docs/embed.md).
 * Only messages from a Wellbeing Widgets frame on this page, from the origin its
 * src names, are heard. Without this script the frames keep their height attribute.
 */
( function () {
	'use strict';
	window.addEventListener( 'message', function ( event ) {
		var data = event.data || {};
		if ( data.type !== 'wellbeing-widgets:height' || ! ( data.height > 0 ) ) {
			return;
		}
		var frames = document.querySelectorAll( 'iframe.wellbeing-embed' );
		for ( var i = 0; i < frames.length; i++ ) {
			var frame = frames[ i ];
			if ( frame.contentWindow === event.source && new URL( frame.src, location.href ).origin === event.origin ) {
				frame.style.height = Math.min( Math.ceil( data.height ), 20000 ) + 'px';
			}
		}
	} );
} )();
