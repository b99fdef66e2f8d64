const { Umzug } = require("umzug");

new Umzug({ migrations: { glob: "migrations/*.sql" }, logger: console }).up();
