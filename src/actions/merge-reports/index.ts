import { runGitHubAction } from '../../core/action.js';
import { definition } from './definition.js';

await runGitHubAction(definition);
