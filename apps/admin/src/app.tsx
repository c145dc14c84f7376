import { useEffect, useState } from 'react';

/** Placeholder staff page until the admin app issue lands: shows the API is reachable. */
export function App() {
  const [api, setApi] = useState<'memeriksa' | 'siap' | 'tidak tersedia'>('memeriksa');
  useEffect(() => {
    fetch('/readyz')
      .then((r) => setApi(r.ok ? 'siap' : 'tidak tersedia'))
      .catch(() => setApi('tidak tersedia'));
  }, []);
  return (
    <main
      style={{
        fontFamily: 'system-ui, sans-serif',
        maxWidth: '60rem',
        margin: '0 auto',
        padding: '1rem',
      }}
    >
      <h1>BLK on the Spot — Admin</h1>
      <p>Aplikasi petugas Disnaker Kepulauan Bangka Belitung.</p>
      <p role="status">Server: {api}</p>
    </main>
  );
}
