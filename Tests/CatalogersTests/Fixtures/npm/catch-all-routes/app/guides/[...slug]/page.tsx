import matter from "gray-matter";

// Each guide is read and its front matter parsed when the page is rendered.
export default function Guide({ params }: { params: { slug: string[] } }) {
  const { content, data } = matter.read(`content/guides/${params.slug.join("/")}.md`);
  return <article><h1>{data.title}</h1>{content}</article>;
}
