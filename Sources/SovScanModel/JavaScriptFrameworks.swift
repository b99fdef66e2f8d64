/// npm packages whose presence tells which side a JavaScript project, or one of its source files, runs on: the
/// catalogers read them in source files (`import express from 'express'`), the classifier in a project's
/// dependencies. Facts of the ecosystem, shared so that both read the same lists.
public enum JavaScriptFrameworks {
    /// npm packages that run an HTTP server (or are one). Next.js serves its pages and API routes from its own
    /// server (`next start`), so with React beside it a project is full-stack; so do React Router's and Remix's
    /// server runtimes (`react-router-serve`, the Node.js and Express adapters; Documenso's app, eighteenth sample;
    /// a single-page build, `ssr: false`, is a client app: `ReactRouterSPAMode`) and Hono's Node.js server (not
    /// `hono` itself, whose `hono/client` runs in browsers).
    public static let server: Set<String> = [
        "express", "fastify", "koa", "@hapi/hapi", "hapi", "@nestjs/core", "@nestjs/platform-express", "next",
        "@nestjs/platform-fastify", "restify", "@adonisjs/core", "@feathersjs/feathers", "sails", "@loopback/core",
        "@react-router/serve", "@react-router/node", "@react-router/express", "@remix-run/serve", "@remix-run/node",
        "@remix-run/express", "@hono/node-server",
    ]

    /// npm packages that only run in a browser or on a device.
    public static let client: Set<String> = [
        "react-dom", "@angular/core", "vue", "react-native", "expo", "svelte", "@sveltejs/kit", "preact",
        "@ionic/core", "solid-js", "@capacitor/core", "lit",
    ]

    /// Frameworks whose files run on both sides (Next.js renders its pages on the server and in the browser;
    /// SvelteKit too): importing one says nothing about where a file runs.
    public static let fullStack: Set<String> = ["next", "@sveltejs/kit"]
}
