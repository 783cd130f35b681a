/**
 * Makes a closed pipe end output quietly: `plansync parse --json | head -1` closes stdout
 * early, and an unhandled EPIPE would end in a stack trace. Once the reader is gone nothing
 * more is written to that stream, and the command finishes its work (a push still writes
 * back its links) rather than stopping half-way.
 */
export function quietPipe(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      closed = true;
      return;
    }
    throw error;
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      closed = true;
    }
  };
}
