/** Reads a newline-delimited JSON response, calling onLine for each parsed line as it arrives. */
export async function readNdjson<T>(response: Response, onLine: (line: T) => void): Promise<void> {
  if (!response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (line.trim()) onLine(JSON.parse(line) as T);
      newline = buffer.indexOf("\n");
    }
  }
  if (buffer.trim()) onLine(JSON.parse(buffer) as T);
}
