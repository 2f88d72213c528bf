import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// MOTIEMONITOR_BUILD: another output folder (the tests build into build-test/), so that a
		// build never replaces the files of a server running from build/.
		adapter: adapter({ out: process.env.MOTIEMONITOR_BUILD || 'build' }),
		// A Content-Security-Policy on every page. Hashes rather than nonces: a rendered page is kept
		// and served again (http-cache.ts), and a nonce must not be handed out twice. Styles allow
		// 'unsafe-inline' for the style attributes Svelte writes (colours, widths of bars).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		typescript: {
			config: (cfg) => {
				cfg.include.push(
					'../scripts/**/*.ts',
					'../tests/**/*.ts',
					'../drizzle.config.ts',
					'../playwright.config.ts'
				);
				return cfg;
			}
		}
	}
};

export default config;
