// A React 19 host: React passes `on` + event-name props to a custom element
// as event listeners, and other props as properties or attributes.
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'back-pain-check';

function Clinic() {
  const [triage, setTriage] = useState(null);
  const [restarts, setRestarts] = useState(0);
  const widget = useRef(null);
  return (
    <main>
      <h1>A React clinic page</h1>
      <back-pain-check
        id="check"
        ref={widget}
        emergency-number="999"
        clinic-name="React Physiotherapy"
        onassessment-complete={(e) => setTriage(e.detail.assessment.triage)}
        onassessment-restart={() => {
          setTriage(null);
          setRestarts((n) => n + 1);
        }}
      />
      <p id="react-triage">{triage ? `React heard: ${triage}` : 'React heard: nothing yet'}</p>
      <p id="react-restarts">{`Restarts: ${restarts}`}</p>
      <button id="react-reset" type="button" onClick={() => widget.current.reset()}>
        Reset from React
      </button>
    </main>
  );
}

createRoot(document.getElementById('app')).render(<Clinic />);
