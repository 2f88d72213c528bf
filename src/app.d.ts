// See https://svelte.dev/docs/kit/types#app.d.ts
import type { User } from '$lib/server/auth/users';

declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** A document page's window of text as HTML, put into the page by hooks.server.ts. */
			documentText?: { slot: string; html: string };
			/** The signed-in clerk, or null: reading needs no account. */
			user: (User & { sessionId: string }) | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
