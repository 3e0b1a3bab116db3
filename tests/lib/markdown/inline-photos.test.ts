import { markdownToHtml } from '@/lib/markdown/processor';

// A photo in an article's text may carry a caption and its maker, written in its title.

describe('a photo on a line of its own', () => {
  it('becomes a figure with its caption and maker when its title gives them', () => {
    expect(markdownToHtml('![Kok juicht](/images/2025/kok.jpg "Kok na de finish | ANP")')).toBe(
      '<figure><img src="/images/2025/kok.jpg" alt="Kok juicht" loading="lazy" decoding="async"><figcaption>Kok na de finish. Foto: ANP</figcaption></figure>',
    );
  });

  it('takes a caption alone, or a maker alone', () => {
    expect(markdownToHtml('![Kok](/images/kok.jpg "Kok na de finish.")')).toContain(
      '<figcaption>Kok na de finish.</figcaption>',
    );
    expect(markdownToHtml('![Kok](/images/kok.jpg "| ANP")')).toContain('<figcaption>Foto: ANP</figcaption>');
  });

  it('stays a plain photo without a title', () => {
    expect(markdownToHtml('![Kok](/images/kok.jpg)')).toBe(
      '<p><img src="/images/kok.jpg" alt="Kok" loading="lazy" decoding="async"></p>',
    );
  });

  it('leaves a photo inside a sentence as it is', () => {
    expect(markdownToHtml('Een ![foto](/images/kok.jpg "titel") in een zin.')).not.toContain('<figure>');
  });

  it('writes a caption as text, never as HTML', () => {
    const html = markdownToHtml('![x](/images/x.jpg "<script>window.__pwned=1</script>")');

    expect(html).not.toContain('<script>');
    expect(html).toContain('<figcaption>&#x3C;script>');
  });
});
