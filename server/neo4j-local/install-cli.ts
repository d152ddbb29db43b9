// `npm run neo4j:install`: fetch the embedded Neo4j ahead of time (npm start does it when needed).
import { installNeo4j } from './install.ts';

await installNeo4j();
console.log('[neo4j] ready to start');
