// Web worker (app build): ForceAtlas2 iterations for the layout supervisor (see fa2-task.ts).
import { serveFa2 } from './fa2-task';

serveFa2(self);
