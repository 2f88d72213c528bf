// How a cabinet post reads in Dutch ("minister van Defensie"): one place for charts, filters and pages.

export interface CabinetPost {
	role: string;
	ministry: string | null;
}

/** One post as a phrase: the minister-president also heads Algemene Zaken. */
export function postPhrase(post: CabinetPost): string {
	if (!post.ministry && post.role !== 'minister-president') return post.role;
	switch (post.role) {
		case 'minister-president':
			return post.ministry && post.ministry !== 'Algemene Zaken'
				? `minister-president, minister van ${post.ministry}`
				: 'minister-president, minister van Algemene Zaken';
		case 'minister zonder portefeuille':
			return `minister voor ${post.ministry}`;
		case 'minister':
		case 'staatssecretaris':
			return `${post.role} van ${post.ministry}`;
		default:
			return post.ministry ? `${post.role}, ${post.ministry}` : post.role;
	}
}

/** Every post a person held at once, as one label ("minister van A, minister van B"). */
export function postLabel(posts: CabinetPost[]): string {
	return [...new Set(posts.map(postPhrase))].join(', ');
}
