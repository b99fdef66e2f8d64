import { faker } from "@faker-js/faker";
import { slug } from "../src/slug.js";

console.log(slug(faker.lorem.sentence()));
