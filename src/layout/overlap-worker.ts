// Web worker (app build): the closing overlap removal of a large layout, off the main thread.
import { serveOverlap } from './overlap-task';

serveOverlap(self);
