import { redirect } from "next/navigation";

// The library is the home page; it lives at /articles so article URLs nest under it.
export default function Home() {
  redirect("/articles");
}
