import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';

// Readiness turns red as soon as shutdown begins, so a load balancer stops sending traffic
// while in-flight requests finish.
@Injectable()
export class Lifecycle implements BeforeApplicationShutdown {
  shuttingDown = false;

  beforeApplicationShutdown(): void {
    this.shuttingDown = true;
  }
}
